package org.hashiya.ui.tests;

import static org.hashiya.ui.tests.SampleWorkspace.ARTICLE_001;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.hashiya.model.Label;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.LabelColours;
import org.hashiya.ui.internal.editor.SpanMarkers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where the label tags and the selection frame land on screen, read back from the screen's pixels:
 * beside the letters of their span, on the first line of a paragraph and on its wrapped lines.
 */
class SpanMarkersTest {

	/** On the first line of its paragraph: وقال «كيري» للصحفيين. */
	private static final String FIRST_LINE_WORD = "كيري للصحفيين في باريس";
	/** On a later, wrapped line of the long paragraph about the Iranian leader. */
	private static final String WRAPPED_LINE_WORD = "بالعراق طلبا";
	/** A left-to-right number whose tag starts beside the tag of a span enclosing it. */
	private static final String NUMBER_AFTER_SHORT_WORD = "فيه 26";

	private SampleWorkspace workspace;
	private ArticleEditor editor;
	private StyledText text;

	@BeforeEach
	void openArticle001() throws Exception {
		workspace = SampleWorkspace.create();
		editor = workspace.open(ARTICLE_001);
		text = editor.getTextWidget();
		new UserInput(editor.getSite().getShell());
	}

	@AfterEach
	void closeTheEditorsWithoutSaving() throws Exception {
		workspace.dispose();
	}

	@Test
	void theTagOfASpanSitsAboveItsFirstLetter() {
		int begin = SampleWorkspace.offsetOf(editor, FIRST_LINE_WORD);

		label(begin, begin + 4, "PER");

		assertEquals(colourOf("PER"), leftOfStartAboveOnceShown(begin, colourOf("PER")), "the screen just left of the span's start, above it");
	}

	@Test
	void theTagOfASpanOnAWrappedLineSitsAboveItsFirstLetter() {
		int begin = SampleWorkspace.offsetOf(editor, WRAPPED_LINE_WORD) + 1;
		int paragraphStart = text.getOffsetAtLine(text.getLineAtOffset(begin));
		assertNotEquals(text.getLocationAtOffset(paragraphStart).y, text.getLocationAtOffset(begin).y, "the word is on a wrapped line");

		label(begin, begin + 6, "LOC");

		assertEquals(colourOf("LOC"), leftOfStartAboveOnceShown(begin, colourOf("LOC")), "the screen just left of the span's start, above it");
	}

	@Test
	void theTagOfANumberNestedAfterAShortWordLeavesTheEnclosingTagWhole() {
		int begin = SampleWorkspace.offsetOf(editor, NUMBER_AFTER_SHORT_WORD);
		Point start = label(begin, begin + NUMBER_AFTER_SHORT_WORD.length(), "LOC");
		int tagRow = start.y - SpanMarkers.TAG_HEIGHT / 2;
		int enclosingTagAlone = pixelsOnceShown(colourOf("LOC"), start.x - 80, start.x + 10, tagRow);

		int inner = begin + "فيه ".length();
		label(inner, inner + "26".length(), "PER");

		assertTrue(enclosingTagAlone > 0, "the enclosing span's tag is drawn");
		assertEquals(enclosingTagAlone, pixelsOf(colourOf("LOC"), start.x - 80, start.x + 10, tagRow), "the enclosing span's tag is not covered");
		assertTrue(pixelsOnceShown(colourOf("PER"), start.x - 120, start.x + 10, tagRow) > 0, "the nested span's tag is drawn");
	}

	@Test
	void theFrameOfTheSelectedSpanRunsJustOutsideItsFirstAndLastLetters() {
		int begin = SampleWorkspace.offsetOf(editor, FIRST_LINE_WORD);
		Point start = label(begin, begin + 4, "PER");
		editor.selectSpan(editor.spans().get(0));
		SampleWorkspace.processEvents();
		text.update();
		Rectangle word = UserInput.onScreen(text, begin, begin + 3);
		RGB frame = text.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION).getRGB();
		int middle = start.y + text.getLineHeight(begin) / 2;

		assertTrue(pixelsOnceShown(frame, word.x + word.width, word.x + word.width + 4, middle) > 0, "the frame's right side is just right of the span");
		assertTrue(pixelsOnceShown(frame, word.x - 5, word.x - 1, middle) > 0, "the frame's left side is just left of the span");
	}

	/** @return how many pixels in [fromX, toX] on row y have {@code colour}, once there are some or after two seconds */
	private int pixelsOnceShown(RGB colour, int fromX, int toX, int y) {
		long deadline = System.currentTimeMillis() + 2_000;
		int count = pixelsOf(colour, fromX, toX, y);
		while (count == 0 && System.currentTimeMillis() < deadline) {
			settle();
			count = pixelsOf(colour, fromX, toX, y);
		}
		return count;
	}

	/** Lets queued paints run and reach the X server, which shows them a little after SWT made them. */
	private void settle() {
		try {
			Thread.sleep(20);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		SampleWorkspace.processEvents();
		text.update();
	}

	/** @return how many pixels in [fromX, toX] on row y have {@code colour} */
	private int pixelsOf(RGB colour, int fromX, int toX, int y) {
		int count = 0;
		for (int x = fromX; x <= toX; x++) {
			if (colour.equals(pixel(x, y))) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Labels [begin, end) exactly and lets the editor paint.
	 *
	 * @return where the span starts on screen: the caret position before its first letter, at the top of its line
	 */
	private Point label(int begin, int end, String label) {
		text.setTopIndex(Math.max(0, text.getLineAtOffset(begin) - 1));
		text.setSelection(begin, end);
		editor.applyLabel(SampleWorkspace.label(editor, label), true);
		SampleWorkspace.processEvents();
		text.redraw();
		text.update();
		SampleWorkspace.processEvents();
		Point caret = text.getLocationAtOffset(begin);
		return text.toDisplay(caret);
	}

	private RGB colourOf(String labelName) {
		Label label = SampleWorkspace.label(editor, labelName);
		return LabelColours.rgb(label);
	}

	/**
	 * @return the colour on screen just left of where the span starting at {@code begin} starts, half
	 *         a tag above it, once it is {@code expected} or after two seconds: StyledText finishes
	 *         laying out wrapped lines in the background, and the X server shows a paint a little
	 *         after SWT made it, later still on a loaded machine
	 */
	private RGB leftOfStartAboveOnceShown(int begin, RGB expected) {
		long deadline = System.currentTimeMillis() + 2_000;
		RGB shown = leftOfStartAbove(begin);
		while (!expected.equals(shown) && System.currentTimeMillis() < deadline) {
			settle();
			shown = leftOfStartAbove(begin);
		}
		return shown;
	}

	private RGB leftOfStartAbove(int begin) {
		Point start = text.toDisplay(text.getLocationAtOffset(begin));
		return pixel(start.x - 2, start.y - SpanMarkers.TAG_HEIGHT / 2);
	}

	/** @return the colour on screen at (x, y), read from what the display shows */
	private RGB pixel(int x, int y) {
		Image image = new Image(text.getDisplay(), 1, 1);
		GC gc = new GC(text.getDisplay());
		try {
			gc.copyArea(image, x, y);
			ImageData data = image.getImageData();
			return data.palette.getRGB(data.getPixel(0, 0));
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
