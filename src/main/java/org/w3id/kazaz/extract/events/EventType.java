package org.w3id.kazaz.extract.events;

/** The types of events; the names are those of the gold form. */
public enum EventType {
  StateVisit,
  OfficialVisit,
  WorkingVisit,
  Talks,
  Summit,
  CouncilMeeting,
  PressBriefing,
  PressConference,
  Ceremony,
  Interview,
  Conference,
  Forum,
  Shipment
}
