package dev.studyguide.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An Anki text-import file read back the way Anki reads it: "#key:value" header lines, then tab-separated notes. */
record AnkiFile(Map<String, String> headers, List<List<String>> rows) {

  static AnkiFile parse(String text) {
    Map<String, String> headers = new LinkedHashMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      if (rows.isEmpty() && line.startsWith("#")) {
        int colon = line.indexOf(':');
        headers.put(line.substring(1, colon), line.substring(colon + 1));
      } else {
        rows.add(List.of(line.split("\t", -1)));
      }
    }
    return new AnkiFile(headers, rows);
  }

  /** GUID (column 1) → the whole row. */
  Map<String, List<String>> byGuid() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    rows.forEach(r -> out.put(r.get(0), r));
    return out;
  }

  List<String> guids() {
    return rows.stream().map(r -> r.get(0)).toList();
  }
}
