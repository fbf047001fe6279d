/** Figures: amounts with their indicators, units, dates and subjects. Public face: FigureExtractor and Quantities (amounts a sentence gives, which routes read too). */
package org.w3id.kazaz.extract.figures;
