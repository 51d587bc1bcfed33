package org.hashiya.ui.tests;

import static org.hashiya.ui.tests.SampleWorkspace.ARTICLE_000;
import static org.hashiya.ui.tests.SampleWorkspace.ARTICLE_001;
import static org.hashiya.ui.tests.SampleWorkspace.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Span;
import org.hashiya.ui.ArticleEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Labeling a passage with the keyboard alone: the caret and Shift+arrows select, hotkeys label,
 * Tab walks the spans, the bound commands move their ends, Backspace and Delete remove them, and
 * the workbench's Undo and Redo take every step back and forth. Keys are real key events.
 */
class KeyboardLabelingTest {

	/**
	 * The arrow that moves the caret on in reading order. In a right-to-left widget that is the left
	 * arrow, the direction the eye moves in Arabic text.
	 */
	private static final int FORWARD = SWT.ARROW_LEFT;
	private static final int BACKWARD = SWT.ARROW_RIGHT;

	/** Starts of words in the first line of article 000: نفت الولايات المتحدة وإيران ... مكافحة تنظيم الدولة الإسلامية. */
	private static final int UNITED_STATES = 4;
	private static final int AND_IRAN = 21;
	private static final int ORGANISATION = 59;

	private SampleWorkspace workspace;
	private ArticleEditor editor;
	private StyledText text;
	private UserInput input;

	@BeforeEach
	void openArticle000WithTheKeyboardFocus() throws Exception {
		workspace = SampleWorkspace.create();
		editor = workspace.open(ARTICLE_000);
		text = editor.getTextWidget();
		input = new UserInput(editor.getSite().getShell());
		input.focus(text);
	}

	@AfterEach
	void closeTheEditorsWithoutSaving() throws Exception {
		workspace.dispose();
	}

	@Test
	void inRightToLeftTextShiftWithTheLeftArrowExtendsTheSelectionInReadingOrder() {
		text.setCaretOffset(UNITED_STATES);

		input.press(SWT.SHIFT, FORWARD, 3);

		UserInput.assertSelection(text, UNITED_STATES, UNITED_STATES + 3);
	}

	@Test
	void inRightToLeftTextShiftWithTheRightArrowExtendsTheSelectionBackwards() {
		text.setCaretOffset(UNITED_STATES);

		input.press(SWT.SHIFT, BACKWARD, 3);

		UserInput.assertSelection(text, UNITED_STATES - 3, UNITED_STATES);
	}

	@Test
	void everyStepOfLabelingAPassageChangesTheSpansAsExpected() throws Exception {
		labelThePassage();
	}

	@Test
	void undoTakesEveryStepBackToTheUnlabeledArticleAndRedoReplaysThemAll() throws Exception {
		List<String> states = labelThePassage();

		for (int step = states.size() - 2; step >= 0; step--) {
			input.press(SWT.CTRL, 'z');
			assertEquals(states.get(step), state(), "after undoing back to step " + step);
		}
		for (int step = 1; step < states.size(); step++) {
			input.pressBinding(editor.getSite(), "org.eclipse.ui.edit.redo");
			assertEquals(states.get(step), state(), "after redoing step " + step);
		}
	}

	@Test
	void editingMakesTheEditorDirtyAndSavingMakesItClean() throws Exception {
		selectForward(UNITED_STATES, "الولايات المتحدة".length());
		input.press('l');
		assertTrue(editor.isDirty(), "dirty after labeling");

		input.press(SWT.CTRL, 's');

		assertFalse(editor.isDirty(), "dirty after saving");
		String saved = Files.readString(editor.getProject().annotationFile(editor.getArticle(), editor.getProject().annotator(editor.getShownAnnotator())));
		assertTrue(saved.contains("الولايات المتحدة"), saved);
	}

	@Test
	void markFinishedMarksTheArticleFinishedAndThenBackInProgress() {
		input.press(SWT.CTRL | SWT.SHIFT, 'f');
		assertEquals(AnnotationStatus.FINISHED, editor.getAnnotationSet().getStatus());

		input.press(SWT.CTRL | SWT.SHIFT, 'f');

		assertEquals(AnnotationStatus.IN_PROGRESS, editor.getAnnotationSet().getStatus());
	}

	@Test
	void nextUnfinishedArticleSkipsTheArticlesAlreadyFinished() throws Exception {
		ArticleEditor finished = workspace.open(ARTICLE_001);
		input.focus(finished.getTextWidget());
		input.press(SWT.CTRL | SWT.SHIFT, 'f');
		assertEquals(AnnotationStatus.FINISHED, finished.getAnnotationSet().getStatus());
		workspace.open(ARTICLE_000);
		input.focus(text);

		input.press(SWT.CTRL | SWT.SHIFT, 'n');

		IEditorPart active = workspace.page().getActiveEditor();
		ArticleEditor next = assertInstanceOf(ArticleEditor.class, active);
		assertEquals("002_dffb4178da75e884", next.getArticle().getId());
		assertEquals(editor.getShownAnnotator(), next.getShownAnnotator());
	}

	/**
	 * Labels three names in the first line of article 000 with the keyboard, relabels, walks, moves
	 * the ends of and deletes spans, checking the spans after each step.
	 *
	 * @return the state before the first change and after each change, in order
	 */
	private List<String> labelThePassage() throws Exception {
		List<String> states = new ArrayList<>();
		states.add(state());
		assertEquals("NEW\n", state());

		selectForward(UNITED_STATES, "الولايات المتحدة".length());
		input.press('p');
		expect(states, "4 20 PER الولايات المتحدة");

		input.press('l');
		expect(states, "4 20 LOC الولايات المتحدة");

		selectForward(AND_IRAN, "وإيران".length());
		input.press('l');
		expect(states, "4 20 LOC الولايات المتحدة", "22 27 LOC إيران");

		selectForward(ORGANISATION, "تنظيم الدولة".length());
		input.press('o');
		expect(states, "4 20 LOC الولايات المتحدة", "22 27 LOC إيران", "59 71 ORG تنظيم الدولة");

		input.press(SWT.SHIFT, '\t');
		assertSelected("22 27 LOC إيران");
		input.press('\t');
		assertSelected("59 71 ORG تنظيم الدولة");

		execute("org.hashiya.ui.moveEndLaterByWord");
		expect(states, "4 20 LOC الولايات المتحدة", "22 27 LOC إيران", "59 81 ORG تنظيم الدولة الإسلامية");

		input.press(SWT.ALT | SWT.SHIFT, SWT.END);
		expect(states, "4 20 LOC الولايات المتحدة", "22 27 LOC إيران", "59 80 ORG تنظيم الدولة الإسلامي");

		input.press(SWT.ALT, SWT.END);
		expect(states, "4 20 LOC الولايات المتحدة", "22 27 LOC إيران", "59 81 ORG تنظيم الدولة الإسلامية");

		execute("org.hashiya.ui.moveStartEarlierByWord");
		expect(states, "4 20 LOC الولايات المتحدة", "22 27 LOC إيران", "52 81 ORG مكافحة تنظيم الدولة الإسلامية");

		execute("org.hashiya.ui.moveStartLaterByWord");
		expect(states, "4 20 LOC الولايات المتحدة", "22 27 LOC إيران", "59 81 ORG تنظيم الدولة الإسلامية");

		input.press(SWT.ALT | SWT.SHIFT, SWT.HOME);
		expect(states, "4 20 LOC الولايات المتحدة", "22 27 LOC إيران", "60 81 ORG نظيم الدولة الإسلامية");

		execute("org.hashiya.ui.moveStartEarlier");
		expect(states, "4 20 LOC الولايات المتحدة", "22 27 LOC إيران", "59 81 ORG تنظيم الدولة الإسلامية");
		assertSelected("59 81 ORG تنظيم الدولة الإسلامية");

		input.press(SWT.SHIFT, '\t');
		assertSelected("22 27 LOC إيران");
		input.press(SWT.BS);
		expect(states, "4 20 LOC الولايات المتحدة", "59 81 ORG تنظيم الدولة الإسلامية");

		input.press(SWT.SHIFT, '\t');
		assertSelected("4 20 LOC الولايات المتحدة");
		input.press(SWT.DEL);
		expect(states, "59 81 ORG تنظيم الدولة الإسلامية");
		return states;
	}

	/** Puts the caret at {@code begin} and extends the selection by {@code length} characters with Shift+arrow. */
	private void selectForward(int begin, int length) {
		text.setCaretOffset(begin);
		input.press(SWT.SHIFT, FORWARD, length);
		UserInput.assertSelection(text, begin, begin + length);
	}

	private void expect(List<String> states, String... spans) {
		String expected = "IN_PROGRESS\n" + String.join("\n", spans);
		assertEquals(expected, state());
		states.add(expected);
	}

	private void assertSelected(String span) {
		Span selected = editor.getSelectedSpan().orElse(null);
		assertNotNull(selected, "a span is selected");
		assertEquals(span, SampleWorkspace.describe(selected, editor.getArticle().getText()));
		UserInput.assertSelection(text, selected.getBegin(), selected.getEnd());
	}

	/** @return the status and the spans of the shown annotator */
	private String state() {
		return editor.getAnnotationSet().getStatus().name() + "\n" + model(editor);
	}

	private void execute(String commandId) throws Exception {
		editor.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		SampleWorkspace.processEvents();
	}
}
