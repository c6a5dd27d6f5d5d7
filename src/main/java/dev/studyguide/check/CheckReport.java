package dev.studyguide.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a check found, sorted by place, the parts it skipped (with why), and figures of what it looked at;
 * as text for a terminal or JSON for machines. Under {@code strict}, warnings count as errors.
 */
public record CheckReport(List<Finding> findings, List<String> skipped, Map<String, Long> figures) {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::area).thenComparing(Finding::file)
      .thenComparingInt(Finding::line).thenComparing(Finding::message);

  public CheckReport {
    findings = findings.stream().sorted(ORDER).toList();
    skipped = List.copyOf(skipped);
    figures = new LinkedHashMap<>(figures);
  }

  public long count(Finding.Level level) {
    return findings.stream().filter(f -> f.level() == level).count();
  }

  /** Whether the check fails: any error, or any warning under strict. */
  public boolean fails(boolean strict) {
    return count(Finding.Level.ERROR) > 0 || (strict && count(Finding.Level.WARNING) > 0);
  }

  public String text(boolean strict) {
    StringBuilder out = new StringBuilder();
    findings.forEach(f -> out.append(strict && f.level() == Finding.Level.WARNING
        ? f.format().replaceFirst(": warning: ", ": error: ") : f.format()).append('\n'));
    skipped.forEach(s -> out.append("skipped: ").append(s).append('\n'));
    List<String> figureText = new ArrayList<>();
    figures.forEach((name, value) -> figureText.add(value + " " + name));
    out.append("checked: ").append(String.join(", ", figureText)).append('\n');
    out.append(String.format(Locale.ROOT, "%d error(s), %d warning(s), %d note(s)%s%n", count(Finding.Level.ERROR),
        count(Finding.Level.WARNING), count(Finding.Level.INFO), strict ? " (--strict: warnings are errors)" : ""));
    return out.toString();
  }

  public String json(boolean strict) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("ok", !fails(strict));
    root.put("strict", strict);
    ObjectNode counts = root.putObject("counts");
    for (Finding.Level level : Finding.Level.values()) {
      counts.put(level.name().toLowerCase(Locale.ROOT), count(level));
    }
    ObjectNode figureNode = root.putObject("figures");
    figures.forEach(figureNode::put);
    ArrayNode skippedNode = root.putArray("skipped");
    skipped.forEach(skippedNode::add);
    ArrayNode list = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode node = list.addObject();
      node.put("level", f.level().name().toLowerCase(Locale.ROOT));
      node.put("area", f.area().name().toLowerCase(Locale.ROOT));
      node.put("file", f.file());
      node.put("line", f.line());
      node.put("message", f.message());
      node.put("hint", f.hint() == null ? "" : f.hint());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
