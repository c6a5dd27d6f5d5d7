package dev.studyguide.pack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The date a build stamps on its packs: on the cover and as the PDFs' creation date. A day, not an instant, so
 * two builds of the same content on the same day give the same bytes; {@code SOURCE_DATE_EPOCH} (the
 * reproducible-builds convention) fixes it for any day.
 */
public record BuildDate(LocalDate day) {
  public static BuildDate fromEnvironment() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.strip().matches("\\d+")) {
      return new BuildDate(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC));
    }
    return new BuildDate(LocalDate.now(ZoneOffset.UTC));
  }

  /** "21 November 2026". */
  public String display() {
    return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
  }

  public String iso() {
    return day.toString();
  }

  /** Midnight UTC of the day, for the PDF's dates. */
  Calendar calendar() {
    Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.clear();
    calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
    return calendar;
  }
}
