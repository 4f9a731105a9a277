package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordChoiceTest {

  @Test
  void namesKeepTheirOrderAndOptionsBecomeRunParameters() {
    RecordChoice c =
        RecordChoice.parse("WEE:every=1000,ExcitatoryActivation:from=1000:to=5000,TE");
    assertEquals(List.of("WEE", "ExcitatoryActivation", "TE"), c.recorders());
    assertEquals(
        Map.of(
            "record.WEE.every", 1000.0,
            "record.ExcitatoryActivation.from", 1000.0,
            "record.ExcitatoryActivation.to", 5000.0),
        c.parameters());
  }

  @Test
  void aNameGivenTwiceKeepsItsFirstPlaceAndMergesItsOptions() {
    RecordChoice c = RecordChoice.parse("TE, WEE:every=10 ,TE:from=0,WEE:to=50");
    assertEquals(List.of("TE", "WEE"), c.recorders());
    assertEquals(
        Map.of("record.TE.from", 0.0, "record.WEE.every", 10.0, "record.WEE.to", 50.0),
        c.parameters());
    assertEquals(List.of(), RecordChoice.parse("").recorders());
  }

  void rejected(String message, String raw) {
    UsageError e = assertThrows(UsageError.class, () -> RecordChoice.parse(raw), raw);
    assertEquals(message, e.getMessage());
  }

  @Test
  void badItemsAreOneLineNamingTheItem() {
    rejected(
        "--record: unknown option 'step' for WEE; expected every, from or to", "WEE:step=5");
    rejected("--record: WEE:every needs a value, as in WEE:every=1000", "WEE:every");
    rejected("--record: WEE:every must be a positive integer (steps), got 0", "WEE:every=0");
    rejected("--record: WEE:to must be a positive integer (steps), got 1.5", "WEE:to=1.5");
    rejected("--record: WEE:from must be an integer >= 0 (steps), got -3", "WEE:from=-3");
    rejected("--record: WEE:every must be a positive integer (steps), got ''", "WEE:every=");
    rejected(
        "--record: WEE:every must be a positive integer (steps), got 9007199254740993",
        "WEE:every=9007199254740993");
    rejected(
        "--record: ExcitatoryActivation:from must be less than to, got from=5000 and to=5000",
        "ExcitatoryActivation:from=5000:to=5000");
    rejected(
        "--record: WEE:from must be less than to, got from=9 and to=3", "WEE:to=3,WEE:from=9");
    rejected("--record: WEE:every is given twice", "WEE:every=2,WEE:every=3");
    rejected("--record: an item without a recorder name in 'TE,,WEE'", "TE,,WEE");
    rejected("--record: an item without a recorder name in ':every=5'", ":every=5");
  }
}
