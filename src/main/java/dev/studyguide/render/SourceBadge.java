package dev.studyguide.render;

import dev.studyguide.model.SourceRef;

/** "001 · #12", linking to the item on its source page. */
public record SourceBadge(String label, String href, String title) {
  public static SourceBadge of(SourceRef ref, String itemId) {
    String label = SiteLayout.shortName(ref.file()) + " · " + ref.label();
    String href = SiteLayout.FRAGMENT_ROOT + SiteLayout.source(ref.file()) + "#" + itemId;
    String title = ref.file() + ", lines " + ref.fromLine() + "–" + ref.toLine();
    return new SourceBadge(label, href, title);
  }
}
