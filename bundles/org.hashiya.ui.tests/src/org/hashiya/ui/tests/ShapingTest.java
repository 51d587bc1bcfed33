package org.hashiya.ui.tests;

import static org.hashiya.ui.tests.SampleWorkspace.ARTICLE_000;
import static org.hashiya.ui.tests.SampleWorkspace.ARTICLE_001;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.LabelColours;
import org.hashiya.ui.internal.editor.SpanStyles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A span that starts inside a word (after a proclitic) must not break the joining of the Arabic
 * letters on either side of its edge: its style may change colours only, never anything that makes
 * the text be shaped in separate pieces. Laid out with the editor's own font, the line must come
 * out the same with and without the span.
 */
class ShapingTest {

	/** Words of article 001 whose first letter is a proclitic joined to the letter after it. */
	private static final List<String> WORDS_WITH_PROCLITICS = List.of("بالعراق", "بإيران", "للصحفيين", "للتعاون");

	/** How many pixels, and by how much, the seam between two styled pieces of a word may differ. */
	private static final int MAX_SEAM_PIXELS = 8;
	private static final int MAX_SEAM_SHADE = 48;

	private SampleWorkspace workspace;
	private ArticleEditor editor;

	@BeforeEach
	void openArticle001() throws Exception {
		workspace = SampleWorkspace.create();
		editor = workspace.open(ARTICLE_001);
	}

	@AfterEach
	void closeTheEditors() throws Exception {
		workspace.dispose();
	}

	@Test
	void aSpanAfterAProcliticLeavesEveryCaretPositionOfTheLineWhereItWas() {
		for (String word : WORDS_WITH_PROCLITICS) {
			Line line = lineAround(word);
			TextLayout plain = line.layout();
			TextLayout coloured = line.layout();
			try {
				line.apply(coloured, styles(this::labelColour).of(List.of(spanAfterProclitic(word, "LOC"))));

				assertSameCaretPositions(plain, coloured, line.text(), word);
			} finally {
				plain.dispose();
				coloured.dispose();
			}
		}
	}

	@Test
	void overlappingSpansInsideAWordLeaveEveryCaretPositionWhereItWas() {
		String word = "بالعراق";
		Line line = lineAround(word);
		TextLayout plain = line.layout();
		TextLayout coloured = line.layout();
		try {
			int begin = line.offset() + line.text().indexOf(word);
			List<Span> spans = List.of(span(begin + 1, begin + word.length(), "LOC"), span(begin, begin + 4, "ORG"));
			line.apply(coloured, styles(this::labelColour).of(spans));

			assertSameCaretPositions(plain, coloured, line.text(), word);
		} finally {
			plain.dispose();
			coloured.dispose();
		}
	}

	@Test
	void aSpanAfterAProcliticDrawsExactlyTheSameLettersAsNoSpan() {
		Color paper = editor.getTextWidget().getDisplay().getSystemColor(SWT.COLOR_WHITE);
		for (String word : WORDS_WITH_PROCLITICS) {
			Line line = lineAround(word);
			TextLayout plain = line.layout();
			TextLayout coloured = line.layout();
			try {
				// With the span's background the colour of the paper, only the letters' shapes could differ.
				line.apply(coloured, styles(label -> paper).of(List.of(spanAfterProclitic(word, "LOC"))));

				assertSameLetters(pixels(plain, paper), pixels(coloured, paper), word);
			} finally {
				plain.dispose();
				coloured.dispose();
			}
		}
	}

	@Test
	void spanStylesChangeColoursAndBordersOnlyNeverFontRiseOrMetrics() {
		editor.showAnnotator("gold");
		List<Span> spans = new ArrayList<>(editor.spans());
		spans.add(span(spans.get(0).getBegin(), spans.get(1).getEnd(), "ORG"));
		spans.add(span(spans.get(2).getBegin() + 1, spans.get(2).getEnd(), "DATE"));

		for (StyleRange style : styles(this::labelColour).of(spans).styles()) {
			assertKeepsTheFont(style);
		}
	}

	@Test
	void theEditorsStyleRangesChangeColoursAndBordersOnly() throws Exception {
		ArticleEditor gold = workspace.open(ARTICLE_000);
		gold.showAnnotator("gold");

		for (StyleRange style : gold.getTextWidget().getStyleRanges()) {
			assertKeepsTheFont(style);
		}
	}

	private static void assertKeepsTheFont(StyleRange style) {
		String where = "the style at " + style.start + " (" + style + ")";
		assertNull(style.font, where);
		assertEquals(SWT.NORMAL, style.fontStyle, where);
		assertEquals(0, style.rise, where);
		assertNull(style.metrics, where);
	}

	private static void assertSameCaretPositions(TextLayout plain, TextLayout coloured, String line, String word) {
		assertEquals(plain.getBounds(), coloured.getBounds(), "the bounds of the line with " + word);
		List<String> expected = new ArrayList<>();
		List<String> actual = new ArrayList<>();
		for (int offset = 0; offset <= line.length(); offset++) {
			expected.add(offset + ": " + plain.getLocation(offset, false) + " " + plain.getLocation(offset, true));
			actual.add(offset + ": " + coloured.getLocation(offset, false) + " " + coloured.getLocation(offset, true));
		}
		assertEquals(String.join("\n", expected), String.join("\n", actual), "the caret positions in the line with " + word);
	}

	/**
	 * A letter in another form (an unjoined ب is a bowl, a joined one a short stroke) changes many
	 * pixels from paper to ink. The one difference allowed is a faint shade where the two styled
	 * pieces of the word meet, drawn one after the other, their anti-aliased edges overlapping.
	 */
	private static void assertSameLetters(int[] plain, int[] coloured, String word) {
		assertEquals(plain.length, coloured.length, "the size of the line with " + word);
		int changed = 0;
		int largest = 0;
		for (int index = 0; index < plain.length; index++) {
			int difference = 0;
			for (int shift = 0; shift < 24; shift += 8) {
				difference = Math.max(difference, Math.abs((plain[index] >> shift & 0xFF) - (coloured[index] >> shift & 0xFF)));
			}
			if (difference > 0) {
				changed++;
				largest = Math.max(largest, difference);
			}
		}
		assertTrue(largest <= MAX_SEAM_SHADE && changed <= MAX_SEAM_PIXELS,
				changed + " pixels of the line with " + word + " differ, by up to " + largest + " of 255");
	}

	private static int[] pixels(TextLayout layout, Color paper) {
		Rectangle bounds = layout.getBounds();
		Image image = new Image(paper.getDevice(), bounds.width + 2, bounds.height + 2);
		try {
			GC gc = new GC(image);
			try {
				gc.setBackground(paper);
				gc.fillRectangle(image.getBounds());
				gc.setForeground(paper.getDevice().getSystemColor(SWT.COLOR_BLACK));
				layout.draw(gc, 1, 1);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			int[] pixels = new int[data.width * data.height];
			for (int y = 0; y < data.height; y++) {
				data.getPixels(0, y, data.width, pixels, y * data.width);
			}
			return pixels;
		} finally {
			image.dispose();
		}
	}

	private SpanStyles styles(Function<Label, Color> colours) {
		return new SpanStyles(colours, editor.getTextWidget().getDisplay().getSystemColor(SWT.COLOR_BLACK));
	}

	private Color labelColour(Label label) {
		return new Color(editor.getTextWidget().getDisplay(), LabelColours.rgb(label));
	}

	/** @return a span over {@code word} in article 001 without its first letter, the proclitic */
	private Span spanAfterProclitic(String word, String label) {
		int begin = SampleWorkspace.offsetOf(editor, " " + word) + 1;
		return span(begin + 1, begin + word.length(), label);
	}

	private Span span(int begin, int end, String label) {
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(SampleWorkspace.label(editor, label));
		return span;
	}

	private Line lineAround(String word) {
		StyledText text = editor.getTextWidget();
		int index = text.getLineAtOffset(SampleWorkspace.offsetOf(editor, " " + word));
		return new Line(text, text.getOffsetAtLine(index), text.getLine(index));
	}

	/** One line of the article (up to its line break), laid out as the editor would without wrapping. */
	private record Line(StyledText widget, int offset, String text) {

		TextLayout layout() {
			TextLayout layout = new TextLayout(widget.getDisplay());
			layout.setOrientation(SWT.RIGHT_TO_LEFT);
			layout.setTextDirection(SWT.RIGHT_TO_LEFT);
			layout.setFont(widget.getFont());
			layout.setText(text);
			return layout;
		}

		/** Puts the styles, made for article offsets, on the layout of this line. */
		void apply(TextLayout layout, SpanStyles.Styles styles) {
			for (int index = 0; index < styles.styles().length; index++) {
				int start = styles.ranges()[2 * index] - offset;
				int length = styles.ranges()[2 * index + 1];
				if (start >= 0 && start + length <= text.length()) {
					TextStyle style = styles.styles()[index];
					layout.setStyle(style, start, start + length - 1);
				}
			}
		}
	}
}
