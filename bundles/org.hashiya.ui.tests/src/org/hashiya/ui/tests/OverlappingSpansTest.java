package org.hashiya.ui.tests;

import static org.hashiya.ui.tests.SampleWorkspace.ARTICLE_000;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.LabelColours;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Spans that nest or cross: each stays reachable by clicking (again) and by Tab, and the text shows
 * where they overlap. Clicks and keys are real input events.
 */
class OverlappingSpansTest {

	/** Crossing spans over نفت «الولايات المتحدة وإيران» in the first line of article 000. */
	private static final String UNITED_STATES = "4 20 LOC الولايات المتحدة";
	private static final String STATES_AND_IRAN = "13 27 ORG المتحدة وإيران";
	/** Nested spans over «تنظيم الدولة الإسلامية» in the same line. */
	private static final String ORGANISATION = "59 81 ORG تنظيم الدولة الإسلامية";
	private static final String STATE = "65 71 LOC الدولة";

	private SampleWorkspace workspace;
	private ArticleEditor editor;
	private StyledText text;
	private UserInput input;

	@BeforeEach
	void labelCrossingAndNestedSpans() throws Exception {
		workspace = SampleWorkspace.create();
		editor = workspace.open(ARTICLE_000);
		text = editor.getTextWidget();
		input = new UserInput(editor.getSite().getShell());
		for (String span : List.of(UNITED_STATES, STATES_AND_IRAN, ORGANISATION, STATE)) {
			String[] fields = span.split(" ", 4);
			text.setSelection(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]));
			editor.applyLabel(SampleWorkspace.label(editor, fields[2]), true);
		}
		editor.selectSpan(null);
		text.setSelection(0);
		SampleWorkspace.processEvents();
		assertEquals(String.join("\n", UNITED_STATES, STATES_AND_IRAN, ORGANISATION, STATE), SampleWorkspace.model(editor));
	}

	@AfterEach
	void closeTheEditorsWithoutSaving() throws Exception {
		workspace.dispose();
	}

	@Test
	void aClickInsideNestedSpansSelectsTheInnermost() {
		clickOnLetter(67);

		assertSelected(STATE);
	}

	@Test
	void clickingAgainAtTheSamePlaceSelectsTheEnclosingSpan() {
		clickOnLetter(67);
		clickOnLetter(67);

		assertSelected(ORGANISATION);
	}

	@Test
	void aThirdClickComesBackToTheInnermostSpan() {
		clickOnLetter(67);
		clickOnLetter(67);
		clickOnLetter(67);

		assertSelected(STATE);
	}

	@Test
	void aClickWhereTwoSpansCrossSelectsTheShorterAndTheNextClickTheLonger() {
		clickOnLetter(16);
		assertSelected(STATES_AND_IRAN);

		clickOnLetter(16);

		assertSelected(UNITED_STATES);
	}

	@Test
	void aClickOnTheLeftHalfOfTheLastLetterOfANestedSpanSelectsIt() {
		Rectangle lastLetter = UserInput.onScreen(text, 70, 70);

		// In right-to-left text the left half of a letter is the half after it in reading order.
		input.click(text, new Point(lastLetter.x + 1, lastLetter.y + lastLetter.height / 2));

		assertSelected(STATE);
	}

	@Test
	void aClickOnTheLeftHalfOfTheSpaceBeforeANestedSpanSelectsTheEnclosingSpan() {
		Rectangle space = UserInput.onScreen(text, 64, 64);

		input.click(text, new Point(space.x + 1, space.y + space.height / 2));

		assertSelected(ORGANISATION);
	}

	@Test
	void aClickOnTheRightHalfOfTheFirstLetterOfANestedSpanSelectsIt() {
		Rectangle firstLetter = UserInput.onScreen(text, 65, 65);

		input.click(text, new Point(firstLetter.x + firstLetter.width - 2, firstLetter.y + firstLetter.height / 2));

		assertSelected(STATE);
	}

	@Test
	void tabVisitsEverySpanInReadingOrderTheEnclosingBeforeTheNested() {
		List<String> visited = new ArrayList<>();
		input.focus(text);

		for (int count = 0; count < 5; count++) {
			input.press('\t');
			visited.add(selected());
		}

		assertEquals(List.of(UNITED_STATES, STATES_AND_IRAN, ORGANISATION, STATE, UNITED_STATES), visited);
	}

	@Test
	void shiftTabVisitsEverySpanInReverseReadingOrder() {
		List<String> visited = new ArrayList<>();
		input.focus(text);
		text.setCaretOffset(text.getCharCount());

		for (int count = 0; count < 5; count++) {
			input.press(SWT.SHIFT, '\t');
			visited.add(selected());
		}

		assertEquals(List.of(STATE, ORGANISATION, STATES_AND_IRAN, UNITED_STATES, STATE), visited);
	}

	@Test
	void textCoveredByMoreThanOneSpanHasADottedBorderInTheShortestSpansColour() {
		assertEquals(List.of(
				"4 13 LOC plain",
				"13 20 ORG dotted",
				"20 27 ORG plain",
				"59 65 ORG plain",
				"65 71 LOC dotted",
				"71 81 ORG plain"), styles());
	}

	@Test
	void theDottedBorderGoesWhenTheNestedSpanIsDeleted() {
		editor.selectSpan(editor.spans().stream().filter(span -> span.getBegin() == 65).findFirst().orElseThrow());

		editor.deleteSelectedSpan();
		SampleWorkspace.processEvents();

		assertEquals(List.of(
				"4 13 LOC plain",
				"13 20 ORG dotted",
				"20 27 ORG plain",
				"59 81 ORG plain"), styles());
	}

	private void clickOnLetter(int offset) {
		Rectangle letter = UserInput.onScreen(text, offset, offset);
		input.click(text, new Point(letter.x + letter.width / 2, letter.y + letter.height / 2));
	}

	private void assertSelected(String span) {
		assertEquals(span, selected());
		Span selected = editor.getSelectedSpan().orElseThrow();
		UserInput.assertSelection(text, selected.getBegin(), selected.getEnd());
	}

	private String selected() {
		Span selected = editor.getSelectedSpan().orElse(null);
		assertNotNull(selected, "a span is selected");
		return SampleWorkspace.describe(selected, editor.getArticle().getText());
	}

	/**
	 * @return the widget's styled ranges as "start end label border", with neighbours of the same
	 *         style joined, and each background checked to be its label's colour
	 */
	private List<String> styles() {
		List<String> styles = new ArrayList<>();
		int previousEnd = -1;
		for (StyleRange range : text.getStyleRanges()) {
			Label label = (Label) range.data;
			assertEquals(LabelColours.rgb(label), range.background.getRGB(), "the background at " + range.start);
			String look = label.getName() + " " + (range.borderStyle == SWT.BORDER_DOT ? "dotted" : range.borderStyle == SWT.NONE ? "plain" : "border " + range.borderStyle);
			String last = styles.isEmpty() ? "" : styles.get(styles.size() - 1);
			if (range.start == previousEnd && last.endsWith(" " + look)) {
				styles.set(styles.size() - 1, last.substring(0, last.indexOf(' ')) + " " + (range.start + range.length) + " " + look);
			} else {
				styles.add(range.start + " " + (range.start + range.length) + " " + look);
			}
			previousEnd = range.start + range.length;
		}
		return styles;
	}
}
