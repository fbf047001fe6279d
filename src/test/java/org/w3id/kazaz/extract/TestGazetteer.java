package org.w3id.kazaz.extract;

import org.w3id.kazaz.gazetteer.EntityKind;
import java.time.LocalDate;
import java.util.List;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/** A small gazetteer and article builder for the figure and route tests. */
public final class TestGazetteer {
  public static final String ID = "https://w3id.org/kazaz/id/";
  public static final String KZ = ID + "state/kazakhstan";
  public static final String AZ = ID + "state/azerbaijan";
  public static final String UZ = ID + "state/uzbekistan";
  public static final String TM = ID + "state/turkmenistan";
  public static final String GE = ID + "state/georgia";
  public static final String CORRIDOR = ID + "route/trans-caspian-international-transport-route";

  private TestGazetteer() {}

  private static GazetteerEntry e(String iri, EntityKind k, String label, String state, String... alts) {
    return new GazetteerEntry(iri, k, label, List.of(alts), state, null);
  }

  public static Gazetteer gazetteer() {
    return new Gazetteer(List.of(
        e(KZ, EntityKind.STATE, "Kazakhstan", null, "Republic of Kazakhstan"),
        e(AZ, EntityKind.STATE, "Azerbaijan", null, "Republic of Azerbaijan"),
        e(UZ, EntityKind.STATE, "Uzbekistan", null),
        e(TM, EntityKind.STATE, "Turkmenistan", null),
        e(GE, EntityKind.STATE, "Georgia", null),
        e(ID + "state/china", EntityKind.STATE, "China", null),
        e(ID + "place/kuryk-port", EntityKind.PORT, "Kuryk port", KZ, "Port of Kuryk"),
        e(ID + "place/alat-port", EntityKind.PORT, "Alat port", AZ, "Port of Baku"),
        e(ID + "place/poti-port", EntityKind.PORT, "Poti port", GE),
        e(ID + "place/lianyungang", EntityKind.CITY, "Lianyungang", ID + "state/china"),
        e(ID + "place/baku", EntityKind.CITY, "Baku", AZ),
        e(ID + "place/turkmenbashi", EntityKind.PORT, "Turkmenbashi port", TM),
        e(ID + "place/dostyk-station", EntityKind.STATION, "Dostyk station", KZ, "Dostyk"),
        e(ID + "place/caspian-sea", EntityKind.SEA, "Caspian Sea", null),
        e(ID + "place/black-sea", EntityKind.SEA, "Black Sea", null),
        e(ID + "org/ktz", EntityKind.COMPANY, "Kazakhstan Temir Zholy", KZ, "KTZ"),
        e(CORRIDOR, EntityKind.CORRIDOR, "Trans-Caspian International Transport Route", null,
            "Middle Corridor", "TITR", "Trans-Caspian transport corridor", "Trans-Caspian transport route")));
  }

  public static Article article(String date, String body) {
    String header = " date " + date + " ";
    return new Article("t.txt", LocalDate.parse(date), header + body, header.length());
  }
}
