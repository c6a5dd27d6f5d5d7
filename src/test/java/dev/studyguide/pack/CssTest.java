package dev.studyguide.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CssTest {
  @Test
  void aTitleBecomesAQuotedStringThatMarkupCannotBreak() {
    assertThat(Css.string("Probability & Statistics · Answers")).isEqualTo("\"Probability \\26  Statistics · Answers\"");
    assertThat(Css.string("say \"hi\" \\ </style>")).isEqualTo("\"say \\22 hi\\22  \\5c  \\3c /style\\3e \"");
  }
}
