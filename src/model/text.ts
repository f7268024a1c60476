/**
 * Folds free text for comparison: Unicode NFC, lower case (Swedish å, ä, ö kept as letters),
 * white space collapsed and trimmed.
 *
 * @example
 * foldText('  1 Tablett   MORGON ') // '1 tablett morgon'
 */
export const foldText = (text: string): string => text.normalize('NFC').toLocaleLowerCase('sv-SE').replace(/\s+/gu, ' ').trim();
