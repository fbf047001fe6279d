/** What the extractors share: dates (SUTime and written forms), state cues and demonyms, the names of bodies, quotations, sentence helpers and the reader of the rule files. */
package org.w3id.kazaz.extract.common;
