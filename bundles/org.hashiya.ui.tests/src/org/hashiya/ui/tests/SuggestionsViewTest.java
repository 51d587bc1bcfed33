package org.hashiya.ui.tests;

import static org.hashiya.ui.tests.SampleWorkspace.ARTICLE_001;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.model.TextRegion;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.views.SuggestionsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Suggestions view lists the active editor's pending suggestions, sorts them least confident
 * first, filters them, and accepts or rejects many at once, each decision one undoable change.
 */
class SuggestionsViewTest {

	private static final Comparator<Suggestion> READING_ORDER = Comparator.comparingInt(Suggestion::getBegin).thenComparingInt(Suggestion::getEnd);
	private static final Comparator<Suggestion> LEAST_CONFIDENT_FIRST = Comparator.comparingDouble(Suggestion::getScore).thenComparing(READING_ORDER);
	/** Iran as article 001 writes it, with hamza under the alef. */
	private static final String IRAN = "إيران";

	private SampleWorkspace workspace;
	private IWorkbenchPage page;
	private ArticleEditor editor;
	private UserInput input;
	private SuggestionsView view;
	private Table table;

	@BeforeEach
	void showTheViewAndSuggestInArticle001() throws Exception {
		workspace = SampleWorkspace.create();
		page = workspace.page();
		editor = workspace.open(ARTICLE_001);
		input = new UserInput(editor.getSite().getShell());
		view = (SuggestionsView) page.showView(SuggestionsView.ID);
		table = view.getViewer().getTable();
		assertFalse(table.isVisible(), "no suggestions yet: the table gives way to the message");

		editor.getSite().getService(IHandlerService.class).executeCommand("org.hashiya.ui.suggest", null);

		input.waitUntil(() -> table.getItemCount() > 0, "the suggestions to be listed");
	}

	@AfterEach
	void closeTheViewAndTheEditor() throws Exception {
		page.hideView(view);
		workspace.dispose();
	}

	@Test
	void theRowsArePendingSuggestionsInReadingOrder() {
		assertEquals(rows(sorted(READING_ORDER)), rows());
		assertNotNull(table.getItem(0).getImage(2), "the label's colour swatch");
		assertTrue(table.isVisible());
	}

	@Test
	void leastConfidentFirstIsOneClickAndAnotherBringsBackReadingOrder() {
		assertTrue(editor.pendingSuggestions().stream().mapToDouble(Suggestion::getScore).distinct().count() > 1, "the scores differ");
		IAction toggle = ((ActionContributionItem) view.getViewSite().getActionBars().getToolBarManager().find(SuggestionsView.LEAST_CONFIDENT_FIRST_ID)).getAction();

		click(toggle);

		assertEquals(rows(sorted(LEAST_CONFIDENT_FIRST)), rows());
		assertEquals("Score", table.getSortColumn().getText());

		click(toggle);

		assertEquals(rows(sorted(READING_ORDER)), rows());
	}

	@Test
	void clickingAHeaderSortsByItsColumnAndClickingAgainReverses() {
		IAction toggle = ((ActionContributionItem) view.getViewSite().getActionBars().getToolBarManager().find(SuggestionsView.LEAST_CONFIDENT_FIRST_ID)).getAction();

		table.getColumn(3).notifyListeners(SWT.Selection, new Event());

		assertEquals(rows(sorted(LEAST_CONFIDENT_FIRST)), rows());
		assertTrue(toggle.isChecked(), "sorting up by score is least confident first");

		table.getColumn(3).notifyListeners(SWT.Selection, new Event());

		assertEquals(rows(sorted(Comparator.comparingDouble(Suggestion::getScore).reversed().thenComparing(READING_ORDER))), rows());
		assertFalse(toggle.isChecked());
	}

	@Test
	void typingInTheFilterNarrowsTheListAndKeepsTheKeyboard() {
		select(0);
		Text filter = view.getFilterField();
		input.focus(filter);

		input.press('l');
		input.press('o');
		input.press('c');

		assertSame(filter, filter.getDisplay().getFocusControl(), "the keyboard stays in the filter");
		List<Suggestion> locations = sorted(READING_ORDER).stream().filter(suggestion -> suggestion.getLabel().getName().equals("LOC")).toList();
		assertTrue(locations.size() < editor.pendingSuggestions().size());
		assertEquals(rows(locations), rows());
	}

	@Test
	void theFilterFindsAlefWithHamzaFromAPlainAlef() {
		String plainAlef = IRAN.replace('إ', 'ا');

		view.getFilterField().setText(plainAlef);

		List<String> texts = Arrays.stream(table.getItems()).map(item -> item.getText(1)).toList();
		assertFalse(texts.isEmpty(), "suggestions of " + IRAN);
		assertTrue(texts.stream().allMatch(text -> text.contains(IRAN)), texts.toString());
	}

	@Test
	void selectingARowSelectsItsTextInTheEditorWithoutActivatingIt() {
		Suggestion chosen = select(3).get(0);

		assertEquals(chosen.getBegin(), editor.getTextWidget().getCaretOffset(), "the caret at its start, where Enter in the editor accepts it");
		assertEquals(new Point(chosen.getBegin(), chosen.getEnd()), editor.getTextWidget().getSelection());
		assertSame(view, page.getActivePart());
	}

	@Test
	void acceptSelectedMakesSpansAndOneUndoTakesThemAllBack() {
		int all = table.getItemCount();
		List<Suggestion> chosen = select(0, 2, 4);

		view.acceptSelected();

		assertEquals(regions(chosen), regions(editor.spans()));
		assertTrue(chosen.stream().allMatch(suggestion -> suggestion.getState() == SuggestionState.ACCEPTED));
		assertEquals(all - chosen.size(), table.getItemCount());
		assertEquals(List.of(0), Arrays.stream(table.getSelectionIndices()).boxed().toList(), "the next row selected, to go on deciding");

		view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		SampleWorkspace.processEvents();

		assertTrue(editor.spans().isEmpty());
		assertTrue(chosen.stream().allMatch(suggestion -> suggestion.getState() == SuggestionState.PENDING));
		assertEquals(all, table.getItemCount());
	}

	@Test
	void enterInTheListAcceptsAndDeleteRejectsGoingOnWithTheNextRow() {
		Suggestion first = select(0).get(0);
		input.focus(table);

		input.press(SWT.CR);

		assertEquals(SuggestionState.ACCEPTED, first.getState());
		Suggestion next = (Suggestion) view.getViewer().getStructuredSelection().getFirstElement();
		assertNotNull(next, "the next row selected");

		input.press(SWT.DEL);

		assertEquals(SuggestionState.REJECTED, next.getState());
		assertEquals(1, editor.spans().size());
	}

	@Test
	void acceptAboveAScoreAcceptsExactlyTheSuggestionsScoringAtLeastThat() {
		double threshold = medianScore();
		List<Suggestion> sure = editor.pendingSuggestions().stream().filter(suggestion -> suggestion.getScore() >= threshold).toList();
		int all = table.getItemCount();

		view.acceptFrom(threshold);

		assertEquals(regions(sure), regions(editor.spans()));
		assertEquals(all - sure.size(), table.getItemCount());
		assertTrue(editor.pendingSuggestions().stream().allMatch(suggestion -> suggestion.getScore() < threshold));
	}

	@Test
	void rejectBelowAScoreRejectsExactlyTheSuggestionsScoringLess() {
		double threshold = medianScore();
		List<Suggestion> unsure = editor.pendingSuggestions().stream().filter(suggestion -> suggestion.getScore() < threshold).toList();

		view.rejectBelow(threshold);

		assertTrue(unsure.stream().allMatch(suggestion -> suggestion.getState() == SuggestionState.REJECTED));
		assertTrue(editor.pendingSuggestions().stream().allMatch(suggestion -> suggestion.getScore() >= threshold));
		assertTrue(editor.spans().isEmpty());
	}

	@Test
	void rejectSelectedMarksThemRejected() {
		int all = table.getItemCount();
		List<Suggestion> chosen = select(1, 3);

		view.rejectSelected();

		assertTrue(chosen.stream().allMatch(suggestion -> suggestion.getState() == SuggestionState.REJECTED));
		assertTrue(editor.spans().isEmpty());
		assertEquals(all - chosen.size(), table.getItemCount());
	}

	@Test
	void theListFollowsTheActiveArticleEditor() throws Exception {
		int all = table.getItemCount();

		workspace.open(SampleWorkspace.ARTICLE_000);

		assertFalse(table.isVisible(), "article 000 has no suggestions");

		page.activate(editor);
		SampleWorkspace.processEvents();

		assertTrue(table.isVisible());
		assertEquals(all, table.getItemCount());
	}

	@Test
	void withoutSuggestionsOrAnArticleTheViewSaysWhatToDo() {
		editor.getEditingDomain().getCommandStack().undo();
		SampleWorkspace.processEvents();

		assertEquals(0, table.getItemCount());
		assertFalse(table.isVisible(), "the message about suggesting");

		page.closeAllEditors(false);
		SampleWorkspace.processEvents();

		assertFalse(table.isVisible(), "the message about opening an article");
	}

	/** A click on a check box in a toolbar flips it, then runs its action. */
	private static void click(IAction toggle) {
		toggle.setChecked(!toggle.isChecked());
		toggle.run();
	}

	/** Selects the rows as a click (with Ctrl for the others) would. */
	private List<Suggestion> select(int... rows) {
		// A virtual table fills a row only when it is asked for its text.
		IntStream.of(rows).forEach(row -> table.getItem(row).getText());
		table.setSelection(rows);
		Event event = new Event();
		event.item = table.getItem(rows[0]);
		table.notifyListeners(SWT.Selection, event);
		return IntStream.of(rows).mapToObj(row -> (Suggestion) table.getItem(row).getData()).toList();
	}

	/** @return a score some pending suggestions reach and some do not */
	private double medianScore() {
		double[] scores = editor.pendingSuggestions().stream().mapToDouble(Suggestion::getScore).distinct().sorted().toArray();
		assertTrue(scores.length > 1, "the scores differ: " + Arrays.toString(scores));
		return scores[scores.length / 2];
	}

	private List<Suggestion> sorted(Comparator<Suggestion> order) {
		return editor.pendingSuggestions().stream().sorted(order).toList();
	}

	/** @return the table's rows as "article | text | label | score | source" */
	private List<String> rows() {
		return Arrays.stream(table.getItems()).map(item -> IntStream.range(0, 5).mapToObj(item::getText).collect(Collectors.joining(" | "))).toList();
	}

	private List<String> rows(List<Suggestion> suggestions) {
		String text = editor.getArticle().getText();
		return suggestions.stream().map(suggestion -> String.join(" | ", ARTICLE_001, text.substring(suggestion.getBegin(), suggestion.getEnd()).replaceAll("\\s+", " "),
				suggestion.getLabel().getName(), String.format(Locale.ROOT, "%.2f", suggestion.getScore()), suggestion.getSource())).toList();
	}

	/** @return "begin end label" of each span or suggestion, in reading order */
	private static List<String> regions(Collection<? extends TextRegion> regions) {
		return regions.stream().sorted(Comparator.comparingInt(TextRegion::getBegin).thenComparingInt(TextRegion::getEnd))
				.map(region -> region.getBegin() + " " + region.getEnd() + " " + region.getLabel().getName()).toList();
	}
}
