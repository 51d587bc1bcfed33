package org.hashiya.uima.importing;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text a browser shows of an HTML page, parsed with jsoup as browsers parse (HTML5, broken
 * markup included): scripts, styles, the head and hidden elements dropped, runs of white space as
 * one space except in {@code pre}, and each block (paragraph, heading, list item, table row, line
 * break) on a line of its own.
 */
final class HtmlText {

	private static final String INVISIBLE = "head, script, style, noscript, template, svg, [hidden], [aria-hidden=true], [style~=display:\\s*none]";
	private static final Set<String> LINE_BREAKS = Set.of("br", "hr");

	private HtmlText() {
	}

	static String visibleText(String html) {
		Document document = Jsoup.parse(html);
		document.select(INVISIBLE).remove();
		Lines lines = new Lines();
		document.body().traverse(lines);
		return lines.text();
	}

	/** Collects text, one line per block, white space collapsed outside {@code pre}. */
	private static final class Lines implements NodeVisitor {
		private final StringBuilder text = new StringBuilder();
		private int preformatted;

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode textNode) {
				if (preformatted > 0) {
					text.append(textNode.getWholeText());
				} else {
					appendCollapsed(textNode.getWholeText());
				}
			} else if (node instanceof Element element) {
				if (element.normalName().equals("pre")) {
					preformatted++;
				}
				if (element.isBlock() || LINE_BREAKS.contains(element.normalName())) {
					endLine();
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element) {
				if (element.normalName().equals("pre")) {
					preformatted--;
				}
				if (element.isBlock()) {
					endLine();
				}
			}
		}

		private void appendCollapsed(String raw) {
			for (int index = 0; index < raw.length(); index++) {
				char character = raw.charAt(index);
				if (isCollapsible(character)) {
					if (!text.isEmpty() && !atLineStart() && !isCollapsible(text.charAt(text.length() - 1))) {
						text.append(' ');
					}
				} else {
					text.append(character);
				}
			}
		}

		private void endLine() {
			while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
				text.setLength(text.length() - 1);
			}
			if (!text.isEmpty() && !atLineStart()) {
				text.append('\n');
			}
		}

		private boolean atLineStart() {
			return text.charAt(text.length() - 1) == '\n';
		}

		private static boolean isCollapsible(char character) {
			return character == ' ' || character == '\t' || character == '\n' || character == '\r' || character == '\f';
		}

		String text() {
			endLine();
			return text.toString().strip();
		}
	}
}
