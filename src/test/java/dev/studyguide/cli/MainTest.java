package dev.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds only the subcommand it names; the top level's help and an unknown name still see them all. */
class MainTest {
  @Test
  void aRunNamingASubcommandGetsThatOneAlone() {
    CommandLine all = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(all.getSubcommands()).hasSize(7);
    for (String name : all.getSubcommands().keySet()) {
      assertThat(Main.named(new String[] {name, "--help"})).as(name).singleElement()
          .isEqualTo(all.getSubcommands().get(name).getCommand().getClass());
    }
    assertThat(Main.named(new String[] {"--help"})).hasSize(7);
    assertThat(Main.named(new String[] {"biuld"})).hasSize(7);
    assertThat(Main.named(new String[0])).hasSize(7);
  }
}
