/** Visits, talks, summits, ceremonies, shipments and the like from the cues of event-cues.txt, with dates, places and participants. Public face: EventExtractor and its records. */
package org.w3id.kazaz.extract.events;
