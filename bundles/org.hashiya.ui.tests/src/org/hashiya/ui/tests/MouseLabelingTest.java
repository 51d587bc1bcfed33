package org.hashiya.ui.tests;

import static org.hashiya.ui.tests.SampleWorkspace.ARTICLE_000;
import static org.hashiya.ui.tests.SampleWorkspace.ARTICLE_001;
import static org.hashiya.ui.tests.SampleWorkspace.model;
import static org.hashiya.ui.tests.SampleWorkspace.offsetOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.hashiya.core.editing.Words;
import org.hashiya.ui.ArticleEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Labeling with the mouse as an annotator does it: a real drag over the words in the right-to-left
 * text, then the label's hotkey. The cases are those where annotators on web pages got spans with
 * the wrong offsets: line edges, directions mixing, punctuation and proclitics.
 */
class MouseLabelingTest {

	/** An article mixing Arabic with a Latin name and digits, written into the project for these tests. */
	private static final String MIXED = "900_mixed";
	private static final String MIXED_TEXT = "نقلت وكالة Associated Press عن مسؤولين في بغداد أن الاجتماع عقد في 12 مارس 2015 بحضور ممثلين عن الأمم المتحدة.\n";

	private SampleWorkspace workspace;
	private UserInput input;

	@BeforeEach
	void createTheSampleProject() throws Exception {
		workspace = SampleWorkspace.createWith(Map.of(MIXED, MIXED_TEXT));
	}

	@AfterEach
	void closeTheEditorsWithoutSaving() throws Exception {
		workspace.dispose();
	}

	@Test
	void aWordAtTheRightEdgeOfALineIsLabeledWhole() throws Exception {
		ArticleEditor editor = open(ARTICLE_000);
		int begin = offsetOf(editor, "\nالعراق وسوريا") + 1;

		dragOver(editor, begin, begin + "العراق".length());
		input.press('l');

		assertEquals(begin + " " + (begin + 6) + " LOC العراق", model(editor));
	}

	@Test
	void aWordThatStartsAWrappedLineIsLabeledWhole() throws Exception {
		ArticleEditor editor = open(ARTICLE_000);
		int begin = firstWordStartingAWrappedLine(editor.getTextWidget());
		int end = Words.nextWordEnd(editor.getArticle().getText(), begin);

		dragOver(editor, begin, end);
		input.press('p');

		assertEquals(begin + " " + end + " PER " + editor.getArticle().getText().substring(begin, end), model(editor));
	}

	@Test
	void draggingOverATwoWordNameLabelsItAsOneSpan() throws Exception {
		ArticleEditor editor = open(ARTICLE_000);
		int begin = offsetOf(editor, "ماري هارف");

		dragOver(editor, begin, begin + "ماري هارف".length());
		input.press('p');

		assertEquals(begin + " " + (begin + 9) + " PER ماري هارف", model(editor));
	}

	@Test
	void aSelectionFromArabicWordsIntoDigitsCoversTheWholeNumber() throws Exception {
		ArticleEditor editor = open(ARTICLE_000);
		int begin = offsetOf(editor, "أواخر 2001");

		dragOver(editor, begin, begin + "أواخر 2001".length());
		input.press('d');

		assertEquals(begin + " " + (begin + 10) + " DATE أواخر 2001", model(editor));
	}

	@Test
	void aSelectionFromAnArabicWordIntoALatinNameCoversBoth() throws Exception {
		ArticleEditor editor = open(MIXED);
		int begin = offsetOf(editor, "وكالة Associated Press");

		dragOver(editor, begin, begin + "وكالة Associated Press".length());
		input.press('o');

		assertEquals(begin + " " + (begin + 22) + " ORG وكالة Associated Press", model(editor));
	}

	@Test
	void aDragFromInsideLeadingDigitsToInsideTrailingDigitsLabelsTheWholeDate() throws Exception {
		ArticleEditor editor = open(MIXED);
		int begin = offsetOf(editor, "12 مارس 2015");
		StyledText text = editor.getTextWidget();
		scrollTo(text, begin);

		input.drag(text, middle(UserInput.onScreen(text, begin, begin)), middle(UserInput.onScreen(text, begin + 9, begin + 9)));
		input.press('d');

		assertEquals(begin + " " + (begin + 12) + " DATE 12 مارس 2015", model(editor));
	}

	@Test
	void punctuationAtTheEndOfTheSelectionIsLeftOut() throws Exception {
		ArticleEditor editor = open(ARTICLE_000);
		int begin = offsetOf(editor, "بي بي سي\"،");

		dragOver(editor, begin, begin + "بي بي سي\"،".length());
		input.press('o');

		assertEquals(begin + " " + (begin + 8) + " ORG بي بي سي", model(editor));
	}

	@Test
	void aProcliticBeforeTheNameIsLeftOut() throws Exception {
		ArticleEditor editor = open(ARTICLE_001);
		int begin = offsetOf(editor, "بالعراق");

		dragOver(editor, begin, begin + "بالعراق".length());
		input.press('l');

		assertEquals((begin + 1) + " " + (begin + 7) + " LOC العراق", model(editor));
	}

	@Test
	void shiftWithTheHotkeyLabelsTheSelectionExactlyAsDragged() throws Exception {
		ArticleEditor editor = open(ARTICLE_001);
		int begin = offsetOf(editor, "بالعراق");

		dragOver(editor, begin, begin + "بالعراق".length());
		input.press(SWT.SHIFT, 'l');

		assertEquals(begin + " " + (begin + 7) + " LOC بالعراق", model(editor));
	}

	@Test
	void aRoughDragInsideTheWordsIsWidenedToWholeWords() throws Exception {
		ArticleEditor editor = open(ARTICLE_000);
		int begin = offsetOf(editor, "ماري هارف");
		StyledText text = editor.getTextWidget();
		scrollTo(text, begin);
		Rectangle secondLetter = UserInput.onScreen(text, begin + 1, begin + 1);
		Rectangle lastButOne = UserInput.onScreen(text, begin + 7, begin + 7);

		input.drag(text, middle(secondLetter), middle(lastButOne));
		input.press('p');

		assertEquals(begin + " " + (begin + 9) + " PER ماري هارف", model(editor));
	}

	/**
	 * Drags over [begin, end) the way a reader of right-to-left text does: presses just right of the
	 * first word and releases just left of the last one on screen, at the first point there where the
	 * widget's hit test gives the range's end. After a left-to-right run inside the Arabic text
	 * (digits, a Latin name) that point is past the run's left edge, which no caret position marks.
	 */
	private void dragOver(ArticleEditor editor, int begin, int end) {
		StyledText text = editor.getTextWidget();
		scrollTo(text, begin);
		Rectangle first = UserInput.onScreen(text, begin, Words.nextWordEnd(text.getText(), begin) - 1);
		Rectangle last = UserInput.onScreen(text, Words.previousWordStart(text.getText(), end), end - 1);
		Point press = new Point(first.x + first.width, first.y + first.height / 2);
		Point release = leftmostPointOfTheLastWord(text, end, last.x - 1, last.y + last.height / 2);
		input.drag(text, press, release);
		assertEquals(begin + "-" + end, text.getSelection().x + "-" + text.getSelection().y, "the selection after dragging from " + press + " to " + release);
	}

	/**
	 * @return the first screen point from (x, y) leftwards where the widget's hit test gives
	 *         {@code end}; (x, y) itself, just left of the last word's caret positions, when the hit
	 *         test gives no offset on the way (it answers -1 for some points between words that a
	 *         mouse press maps to the nearest caret position all the same)
	 */
	private static Point leftmostPointOfTheLastWord(StyledText text, int end, int x, int y) {
		for (int distance = 0; distance < 400; distance++) {
			Point point = new Point(x - distance, y);
			if (text.getOffsetAtPoint(text.toControl(point)) == end) {
				return point;
			}
		}
		return new Point(x, y);
	}

	/** Opens the article and brings its window on screen, before any position in it is measured. */
	private ArticleEditor open(String articleId) throws Exception {
		ArticleEditor editor = workspace.open(articleId);
		input = new UserInput(editor.getSite().getShell());
		return editor;
	}

	private static void scrollTo(StyledText text, int offset) {
		text.setTopIndex(Math.max(0, text.getLineAtOffset(offset) - 1));
		SampleWorkspace.processEvents();
	}

	private static Point middle(Rectangle bounds) {
		return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
	}

	/** @return the start of the first word that the widget's wrapping, not a line break, puts first on its line */
	private static int firstWordStartingAWrappedLine(StyledText text) {
		String content = text.getText();
		for (int offset = 1; offset < content.length(); offset++) {
			boolean wordStart = Words.isWordCharacter(content.charAt(offset)) && content.charAt(offset - 1) == ' ';
			if (wordStart && "وفبكل".indexOf(content.charAt(offset)) < 0
					&& text.getLocationAtOffset(offset).y != text.getLocationAtOffset(offset - 1).y) {
				assertNotEquals('\n', content.charAt(offset - 1));
				return offset;
			}
		}
		throw new AssertionError("The article fits its lines without wrapping; make the window narrower");
	}
}
