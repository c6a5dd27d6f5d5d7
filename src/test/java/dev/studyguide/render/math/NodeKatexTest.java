package dev.studyguide.render.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.studyguide.render.MathIndex;
import dev.studyguide.source.Ingest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KaTeX under node against KaTeX in GraalJS: the same bytes, and the JVM engine whenever node cannot serve. */
class NodeKatexTest {

  private static String nodeMissing;

  @TempDir
  Path dir;

  @BeforeAll
  static void findNode() {
    try (NodeKatex node = new NodeKatex(MathEngineChoice.node())) {
      nodeMissing = null;
    } catch (MathEngine.Unavailable e) {
      nodeMissing = e.getMessage();
    }
  }

  @Test
  void everyFormulaOfTheRealContentComesOutByteIdenticalFromNodeAndFromTheJvm() {
    assumeNode();
    List<MathRequest> formulas = new ArrayList<>(MathIndex.requests(Ingest.read(Path.of("content")).items()));
    assertThat(formulas).hasSizeGreaterThan(500);
    // Beyond the real content: text outside ASCII, an unknown command, a control sequence KaTeX refuses.
    formulas.addAll(List.of(MathRequest.inline("\\text{naïve – ü} \\le α"), MathRequest.display("\\foo{x}"),
        MathRequest.inline("x^{2"), MathRequest.inline("\\href{javascript:alert(1)}{x}")));

    List<MathResult> jvm = typesetAll(formulas, MathEngineChoice.JVM);
    List<MathResult> node = typesetAll(formulas, MathEngineChoice.NODE);

    for (int i = 0; i < formulas.size(); i++) {
      assertThat(node.get(i)).as(formulas.get(i).toString()).isEqualTo(jvm.get(i));
    }
    assertThat(jvm.stream().filter(MathResult::succeeded).count()).isGreaterThan(500);
    // KaTeX's error messages are compared too: the two malformed additions fail (the real content has no rejected
    // formula since guide.yaml corrects 002's).
    int end = formulas.size();
    assertThat(jvm.subList(end - 3, end - 1)).noneMatch(MathResult::succeeded);
  }

  @Test
  void withoutNodeTheAutomaticChoiceTypesetsInTheJvmWithoutAWord() {
    try (MathTypesetter typesetter = new MathTypesetter(MathCache.none(), 1, MathEngineChoice.AUTO,
        dir.resolve("no-such-node").toString())) {
      List<MathResult> results = typesetter.typeset(List.of(MathRequest.inline("\\frac{a}{b}")));

      assertThat(typesetter.engineName()).isEqualTo("jvm");
      assertThat(results).allMatch(MathResult::succeeded);
    }
  }

  @Test
  void insistingOnNodeWithoutNodeFailsInsteadOfFallingBack() {
    try (MathTypesetter typesetter = new MathTypesetter(MathCache.none(), 1, MathEngineChoice.NODE,
        dir.resolve("no-such-node").toString())) {
      assertThatThrownBy(() -> typesetter.typeset(MathRequest.inline("x")))
          .isInstanceOf(MathEngine.Unavailable.class).hasMessageContaining("no-such-node");
    }
  }

  @Test
  void aNodeThatDiesMidBuildIsReplacedByTheJvmEngineAndNoFormulaIsLost() throws IOException {
    assumeNode();
    // node sees the handshake and one batch, then the end of its input: it exits while more batches follow.
    // (Line-buffered, or head would hold back the end of KaTeX's long line until it exits.)
    Path dying = dir.resolve("dying-node");
    Files.writeString(dying, "#!/bin/sh\nstdbuf -oL head -n 2 | node \"$@\"\n");
    Files.setPosixFilePermissions(dying, PosixFilePermissions.fromString("rwx------"));
    List<MathRequest> formulas = new ArrayList<>();
    for (int i = 0; i < 40; i++) { // three chunks on one thread
      formulas.add(MathRequest.inline("x_{" + i + "}^2"));
    }

    try (MathTypesetter typesetter = new MathTypesetter(MathCache.none(), 1, MathEngineChoice.AUTO,
        dying.toString())) {
      List<MathResult> results = typesetter.typeset(formulas);

      assertThat(typesetter.engineName()).isEqualTo("jvm");
      assertThat(results).isEqualTo(typesetAll(formulas, MathEngineChoice.JVM));
    }
  }

  @Test
  void nodeProcessesGrowWithTheThreadsThatRenderAtOnceAndEndWithTheEngine() throws Exception {
    assumeNode();
    NodeKatex node = new NodeKatex(MathEngineChoice.node());
    List<ProcessHandle> children;
    try {
      assertThat(node.processes()).isEqualTo(1);
      assertThat(node.render(List.of(MathRequest.display("\\int_0^1 x\\,dx"))).get(0).succeeded()).isTrue();
      assertThat(node.processes()).isEqualTo(1);
      children = ProcessHandle.current().children().filter(p -> p.info().command().orElse("").contains("node"))
          .toList();
      assertThat(children).isNotEmpty();
    } finally {
      node.close();
    }
    for (ProcessHandle child : children) {
      child.onExit().get();
    }
    assertThatThrownBy(() -> node.render(List.of(MathRequest.inline("x"))))
        .isInstanceOf(MathEngine.Unavailable.class);
  }

  private static List<MathResult> typesetAll(List<MathRequest> formulas, MathEngineChoice engine) {
    try (MathTypesetter typesetter = new MathTypesetter(MathCache.none(), 2, engine)) {
      List<MathResult> results = typesetter.typeset(formulas);
      assertThat(typesetter.engineName()).isEqualTo(engine.name().toLowerCase(java.util.Locale.ROOT));
      return results;
    }
  }

  private static void assumeNode() {
    assumeTrue(nodeMissing == null, () -> "node cannot run KaTeX here (" + nodeMissing
        + "): the node engine is not compared with the JVM's");
  }
}
