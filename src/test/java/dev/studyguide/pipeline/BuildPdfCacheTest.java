package dev.studyguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.site.SiteBuilds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose PDFs are all in the cache copies them without typesetting a formula (the packs' XHTML, and so
 * each PDF's key, is made from the formula sizes kept beside the PDFs), and gives the same PDFs; a formula whose
 * TeX changed is typeset and its pack's PDFs are laid out again.
 */
class BuildPdfCacheTest {
  private static final Pattern TYPESET = Pattern.compile("typeset .*\\((\\d+) typeset, rest from cache\\)");
  private static final Pattern LAID_OUT = Pattern.compile("pdf .*\\((\\d+) laid out, (\\d+) bound");

  @TempDir Path tmp;

  @Test
  void aFullyCachedBuildTypesetsNothingAndAChangedFormulaMissesTheCache() throws IOException {
    Path content = guide("$$\\text{IS} = \\exp(\\mathbb{E}_x[D_{KL}(p(y|x) \\| p(y))])$$");

    Steps first = build(content, "first");
    assertThat(first.typeset()).isPositive();
    assertThat(first.laidOut()).isPositive();

    Steps second = build(content, "second");
    assertThat(second.typeset()).as("formulas typeset with every PDF cached").isZero();
    assertThat(second.laidOut()).as("PDFs laid out again").isZero();
    assertThat(pdf("second")).isEqualTo(pdf("first"));

    Files.writeString(content.resolve("sources/sheet.md"), Files.readString(content.resolve("sources/sheet.md"))
        .replace("\\| p(y)", "\\| q(y)"));
    Steps changed = build(content, "changed");
    assertThat(changed.typeset()).as("only the changed formula").isEqualTo(1);
    assertThat(changed.laidOut()).isPositive();
    assertThat(pdf("changed")).isNotEqualTo(pdf("first"));
  }

  /** The typeset and pdf step lines' counts of one build. */
  private record Steps(int typeset, int laidOut) {}

  private Steps build(Path content, String out) throws IOException {
    List<String> lines = new CopyOnWriteArrayList<>();
    Build.Result result = new Build(lines::add).run(new Build.Options(content, SiteBuilds.TEMPLATES,
        tmp.resolve(out), tmp.resolve("cache"), ""));
    assertThat(result.published()).as(String.join("\n", lines)).isTrue();
    return new Steps(count(lines, TYPESET), count(lines, LAID_OUT));
  }

  private static int count(List<String> lines, Pattern pattern) {
    return lines.stream().map(pattern::matcher).filter(Matcher::find).findFirst()
        .map(m -> Integer.parseInt(m.group(1))).orElseThrow(() -> new AssertionError(pattern + " in " + lines));
  }

  private byte[] pdf(String out) throws IOException {
    return Files.readAllBytes(tmp.resolve(out).resolve("packs/evaluation-answers.pdf"));
  }

  private Path guide(String formula) throws IOException {
    Path content = tmp.resolve("content");
    Files.createDirectories(content.resolve("sources"));
    Files.writeString(content.resolve("guide.yaml"), """
        title: One formula
        description: One note with one formula.
        sources:
          - file: sheet.md
            title: A sheet
            format: markdown
        """);
    Files.writeString(content.resolve("topics.yaml"), """
        categories:
          - id: evaluation
            title: Evaluation
            summary: Measuring how good a model is.
        topics:
          - id: inception-score
            title: Inception score
            category: evaluation
            aliases: [IS]
            summary: How confidently and how diversely a classifier labels generated images.
            level: 2
        """);
    Files.writeString(content.resolve("sources/sheet.md"), """
        # Evaluating generative models

        ## Inception score

        The inception score rewards images a classifier labels confidently, and a set that covers many labels:

        """ + formula + "\n");
    return content;
  }
}
