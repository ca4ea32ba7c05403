-- An entity's newest mentions straight from the index (related articles, profiles): the
-- article id follows the entity id, so "newest N mentions of X" reads N index entries instead
-- of every mention of a much-mentioned company.
DROP INDEX "CompanyMention_companyId_idx";
CREATE INDEX "CompanyMention_companyId_articleId_idx" ON "CompanyMention"("companyId", "articleId");
DROP INDEX "PersonMention_personId_idx";
CREATE INDEX "PersonMention_personId_articleId_idx" ON "PersonMention"("personId", "articleId");

-- An article's near-duplicates ("duplicates" and siblings on the article page) without a scan
-- of the whole table.
CREATE INDEX "Article_duplicateOfId_idx" ON "Article"("duplicateOfId");
