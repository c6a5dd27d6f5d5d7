package dev.studyguide.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studyguide.model.Block;
import dev.studyguide.model.Corpus;
import dev.studyguide.model.Diagnostic;
import dev.studyguide.model.Inline;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.SourceReading;
import dev.studyguide.model.SourceRef;
import dev.studyguide.model.Skipped;
import java.util.List;
import java.util.Locale;

/** The normalized model as JSON ({@code studyguide normalize --json}): items, skipped lines, diagnostics. */
public final class CorpusJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CorpusJson() {}

  public static String write(Corpus corpus) {
    ObjectNode root = JSON.objectNode();
    ArrayNode items = root.putArray("items");
    corpus.items().forEach(item -> items.add(item(item)));
    ArrayNode skipped = root.putArray("skipped");
    for (SourceReading reading : corpus.readings()) {
      for (Skipped s : reading.skipped()) {
        ObjectNode node = skipped.addObject();
        node.put("file", reading.document().file());
        node.putArray("lines").add(s.fromLine()).add(s.toLine());
        node.put("reason", s.reason().name().toLowerCase(Locale.ROOT));
      }
    }
    root.set("diagnostics", diagnostics(corpus.allDiagnostics()));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }

  static ArrayNode diagnostics(List<Diagnostic> diagnostics) {
    ArrayNode out = JSON.arrayNode();
    for (Diagnostic d : diagnostics) {
      ObjectNode node = out.addObject();
      node.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
      node.put("file", d.file());
      node.put("line", d.line());
      node.put("message", d.message());
      node.put("hint", d.hint());
    }
    return out;
  }

  private static ObjectNode item(Item item) {
    ObjectNode node = JSON.objectNode();
    node.put("id", item.id());
    node.put("kind", item.kind().jsonName());
    node.put("title", item.title());
    ArrayNode path = node.putArray("sectionPath");
    item.sectionPath().forEach(path::add);
    node.put("prompt", Inlines.plainText(item.prompt()));
    ArrayNode followUps = node.putArray("followUps");
    item.followUps().forEach(f -> followUps.add(Inlines.plainText(f)));
    if (!item.difficulty().isEmpty()) {
      node.put("difficulty", item.difficulty()); // only where a source gives one, so other output is unchanged
    }
    node.set("body", blocks(item.body()));
    node.putArray("sources").add(source(item.source()));
    return node;
  }

  static ObjectNode source(SourceRef ref) {
    ObjectNode node = JSON.objectNode();
    node.put("file", ref.file());
    node.putArray("lines").add(ref.fromLine()).add(ref.toLine());
    node.put("label", ref.label());
    return node;
  }

  private static ArrayNode blocks(List<Block> blocks) {
    ArrayNode out = JSON.arrayNode();
    blocks.forEach(b -> out.add(block(b)));
    return out;
  }

  private static ObjectNode block(Block block) {
    ObjectNode node = JSON.objectNode();
    if (block instanceof Block.Paragraph p) {
      node.put("type", "paragraph").put("text", Inlines.plainText(p.content()));
    } else if (block instanceof Block.Heading h) {
      node.put("type", "heading").put("text", Inlines.plainText(h.content()));
    } else if (block instanceof Block.ListBlock l) {
      node.put("type", l.ordered() ? "ordered-list" : "bullet-list");
      ArrayNode items = node.putArray("items");
      l.items().forEach(li -> items.add(blocks(li.blocks())));
    } else if (block instanceof Block.MathBlock m) {
      node.put("type", "math").put("tex", m.tex());
    } else if (block instanceof Block.FormulaBlock f) {
      node.put("type", "formula").put("text", f.text());
    } else if (block instanceof Block.Table t) {
      node.put("type", "table").put("caption", Inlines.plainText(t.caption()));
      node.set("header", cells(t.header()));
      ArrayNode rows = node.putArray("rows");
      t.rows().forEach(r -> rows.add(cells(r)));
    } else if (block instanceof Block.CodeBlock c) {
      node.put("type", "code").put("language", c.language()).put("code", c.code());
    } else if (block instanceof Block.Details d) {
      node.put("type", "details").put("summary", Inlines.plainText(d.summary()));
      node.set("blocks", blocks(d.blocks()));
    }
    node.put("line", block.line());
    return node;
  }

  private static ArrayNode cells(List<List<Inline>> cells) {
    ArrayNode out = JSON.arrayNode();
    cells.forEach(c -> out.add(Inlines.plainText(c)));
    return out;
  }
}
