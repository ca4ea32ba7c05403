-- At most one import runs at a time, across the CLI and the web server: a second "running"
-- row violates this index, which is the lock (SQLite checks it atomically).
CREATE UNIQUE INDEX "ImportRun_one_running" ON "ImportRun"("status") WHERE "status" = 'running';
