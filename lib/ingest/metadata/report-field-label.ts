/**
 * 报道：X / 报导：X (in either script): the reporter's field of an info row, as papers in Malaysia or
 * Singapore print it. A label only right before its colon; elsewhere 报道 is a word of the text.
 * One source for the label lists that read a writer's field at a line's start.
 */
export const REPORT_FIELD_LABEL = /[报報][道导導](?=\s*[:：])/;
