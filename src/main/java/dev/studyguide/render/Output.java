package dev.studyguide.render;

import java.io.IOException;

/** One kind of output (site pages, search index, study packs), written from the guide rendered once. */
public interface Output {
  /** A short name for progress lines ("site", "search", "packs"). */
  String name();

  void write(RenderedGuide guide, RenderContext context, OutputFolder out) throws IOException;
}
