package org.hashiya.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.hashiya.core.Assignments;
import org.hashiya.model.Span;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.AnnotatorPreference;
import org.hashiya.ui.internal.views.CorpusView;
import org.hashiya.ui.internal.views.LabelPaletteView;
import org.hashiya.ui.internal.views.SpanOutlinePage;
import org.hashiya.ui.internal.views.SpanPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewsTest {

	private static final String ARTICLE = SampleWorkspace.ARTICLE_000;
	private static final List<String> LABELS = List.of("PER", "ORG", "LOC", "DATE");
	/** A word of article 000 that no gold span covers and that has no proclitic to snap away. */
	private static final String UNLABELED_WORD = "مشروع";

	@TempDir
	Path goldFolder;

	private SampleWorkspace workspace;
	private IWorkbenchPage page;
	private ArticleEditor editor;

	@BeforeEach
	void openAnArticleOfTheSampleProjectAsGold() throws IOException, CoreException {
		workspace = SampleWorkspace.create();
		page = workspace.page();
		editor = workspace.open(ARTICLE);
		editor.showAnnotator(SampleCorpus.GOLD_ANNOTATOR);
		SampleCorpus.copyGoldSpansTo(goldFolder);
	}

	/** The editors close first: hiding the Properties view would otherwise offer to save the edited spans. */
	@AfterEach
	void closeTheViewsAndDeleteTheProject() throws CoreException, IOException {
		page.closeAllEditors(false);
		for (String view : List.of(LabelPaletteView.ID, CorpusView.ID, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET)) {
			IViewReference shown = page.findViewReference(view);
			if (shown != null) {
				page.hideView(shown);
			}
		}
		workspace.dispose();
	}

	@Test
	void thePaletteListsTheLabelsWithTheirKeysAndGoldSpanCounts() throws Exception {
		Table table = showPalette().getViewer().getTable();

		Map<String, Long> gold = goldCountsByLabel(ARTICLE);
		assertEquals(List.of("PER p or 1 " + gold.get("PER"), "ORG o or 2 " + gold.get("ORG"), "LOC l or 3 " + gold.get("LOC"), "DATE d or 4 " + gold.get("DATE")),
				rows(table, 0, 1, 2));
	}

	@Test
	void clickingALabelInThePaletteLabelsTheSelectedWord() throws Exception {
		Table table = showPalette().getViewer().getTable();
		int begin = SampleWorkspace.offsetOf(editor, UNLABELED_WORD);
		editor.getTextWidget().setSelection(begin, begin + UNLABELED_WORD.length());

		click(table, table.getItem(LABELS.indexOf("PER")));

		assertTrue(editor.spans().stream().anyMatch(span -> span.getBegin() == begin && span.getEnd() == begin + UNLABELED_WORD.length() && span.getLabel().getName().equals("PER")),
				"a PER span over " + UNLABELED_WORD);
	}

	@Test
	void thePaletteCountsASpanAddedInTheEditor() throws Exception {
		Table table = showPalette().getViewer().getTable();
		int begin = SampleWorkspace.offsetOf(editor, UNLABELED_WORD);
		editor.getTextWidget().setSelection(begin, begin + UNLABELED_WORD.length());

		editor.applyLabel(SampleWorkspace.label(editor, "DATE"), true);

		assertEquals(String.valueOf(goldCountsByLabel(ARTICLE).get("DATE") + 1), table.getItem(LABELS.indexOf("DATE")).getText(2));
	}

	@Test
	void withoutAnArticleEditorThePaletteSaysWhatToOpen() throws Exception {
		Table table = showPalette().getViewer().getTable();

		page.closeAllEditors(false);
		SampleWorkspace.processEvents();

		assertEquals(0, table.getItemCount());
		assertFalse(table.isVisible(), "the table gives way to the message");
	}

	@Test
	void theCorpusListsTheArticlesWithTheShownAnnotatorsStatusAndSpanCount() throws Exception {
		Table table = showCorpus().getViewer().getTable();

		List<String> expected = new ArrayList<>();
		for (String id : SampleCorpus.articleIds()) {
			expected.add(id + " Finished " + goldSpans(id).size());
		}
		assertEquals(expected, rows(table, 0, 1, 2));
	}

	@Test
	void theCorpusShowsWhoTheLeadAssignedEachArticleToTheShownAnnotatorFirst() throws Exception {
		String other = SampleCorpus.articleIds().get(1);
		Files.writeString(workspace.folder().resolve(Assignments.FILE),
				ARTICLE + "\tamal\n" + ARTICLE + "\t" + SampleCorpus.GOLD_ANNOTATOR + "\n" + other + "\tamal\n");

		Table table = showCorpus().getViewer().getTable();

		assertEquals("you, amal", table.getItem(SampleCorpus.articleIds().indexOf(ARTICLE)).getText(3));
		assertEquals("amal", table.getItem(SampleCorpus.articleIds().indexOf(other)).getText(3));
		assertEquals("", table.getItem(SampleCorpus.articleIds().indexOf(SampleCorpus.articleIds().get(3))).getText(3));
	}

	@Test
	void theCorpusShowsAStatusChangedInTheEditor() throws Exception {
		Table table = showCorpus().getViewer().getTable();

		editor.toggleFinished();

		assertEquals("In progress", table.getItem(SampleCorpus.articleIds().indexOf(ARTICLE)).getText(1));
	}

	@Test
	void withoutAnArticleEditorTheCorpusListsTheWorkspacesProjectsForTheCurrentAnnotator() throws Exception {
		Table table = showCorpus().getViewer().getTable();

		page.closeAllEditors(false);
		SampleWorkspace.processEvents();

		String inOurProject = " (" + workspace.folder().getFileName() + ")";
		List<String> ours = Arrays.stream(table.getItems()).filter(item -> SampleCorpus.articleIds().contains(item.getText(0).replace(inOurProject, "")))
				.map(item -> item.getText(0).replace(inOurProject, "") + " " + item.getText(1) + " " + item.getText(2)).toList();
		assertEquals(SampleCorpus.articleIds().stream().map(id -> id + " New 0").toList(), ours);
	}

	@Test
	void theCorpusDropsTheUnsavedSpansOfAClosedEditor() throws Exception {
		Table table = showCorpus().getViewer().getTable();
		editor.showAnnotator(AnnotatorPreference.currentAnnotator());
		int begin = SampleWorkspace.offsetOf(editor, UNLABELED_WORD);
		editor.getTextWidget().setSelection(begin, begin + UNLABELED_WORD.length());
		editor.applyLabel(SampleWorkspace.label(editor, "PER"), true);
		int row = SampleCorpus.articleIds().indexOf(ARTICLE);
		assertEquals("In progress 1", table.getItem(row).getText(1) + " " + table.getItem(row).getText(2));

		page.closeAllEditors(false);
		SampleWorkspace.processEvents();

		String ours = ARTICLE + " (" + workspace.folder().getFileName() + ")";
		TableItem article = Arrays.stream(table.getItems()).filter(item -> item.getText(0).equals(ARTICLE) || item.getText(0).equals(ours)).findFirst().orElseThrow();
		assertEquals("New 0", article.getText(1) + " " + article.getText(2));
	}

	@Test
	void theOutlineGroupsTheSpansByLabelWithTheirCounts() throws Exception {
		Tree tree = (Tree) showOutline().getControl();

		Map<String, Long> gold = goldCountsByLabel(ARTICLE);
		assertEquals(LABELS.stream().map(label -> label + " (" + gold.get(label) + ")").toList(), Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
	}

	@Test
	void theOutlineKeepsItsGroupsOpenWhenTheSpansChange() throws Exception {
		Tree tree = (Tree) showOutline().getControl();
		TreeItem per = tree.getItem(LABELS.indexOf("PER"));
		per.setExpanded(true);
		int begin = SampleWorkspace.offsetOf(editor, UNLABELED_WORD);
		editor.getTextWidget().setSelection(begin, begin + UNLABELED_WORD.length());

		editor.applyLabel(SampleWorkspace.label(editor, "PER"), true);

		String expected = "PER (" + (goldCountsByLabel(ARTICLE).get("PER") + 1) + ")";
		waitUntil(() -> expected.equals(per.getText()));
		assertEquals(expected, per.getText());
		assertTrue(per.getExpanded(), "PER still open");
	}

	@Test
	void selectingASpanInTheOutlineSelectsItInTheEditor() throws Exception {
		SpanOutlinePage outline = showOutline();
		Span span = editor.spans().get(3);

		outline.setSelection(new StructuredSelection(span));

		assertEquals(span, editor.getSelectedSpan().orElse(null));
		assertEquals(span.getBegin(), editor.getTextWidget().getSelection().x);
	}

	@Test
	void theOutlineFollowsTheSpanSelectedInTheEditor() throws Exception {
		SpanOutlinePage outline = showOutline();
		Span span = editor.spans().get(5);

		editor.selectSpan(span);

		waitUntil(() -> outline.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() == span);
		assertEquals(List.of(span), ((IStructuredSelection) outline.getSelection()).toList());
	}

	@Test
	void thePropertiesShowTheSelectedSpan() throws Exception {
		Span span = editor.spans().get(0);

		Tree tree = showPropertiesOf(span);

		assertEquals(List.of("Label " + span.getLabel().getName(), "Begin " + span.getBegin(), "End " + span.getEnd(), "Text " + editor.getArticle().getText().substring(span.getBegin(), span.getEnd()),
				"Annotator gold", "Origin Imported", "Note "), Arrays.stream(tree.getItems()).map(item -> item.getText(0) + " " + item.getText(1)).toList());
	}

	@Test
	void aLabelChosenInThePropertiesRelabelsTheSpan() throws Exception {
		Span span = editor.spans().get(0);
		Tree tree = showPropertiesOf(span);

		edit(tree, "Label", LABELS.indexOf("DATE"));

		assertEquals("DATE", span.getLabel().getName());
	}

	@Test
	void aNoteChangedInThePropertiesCanBeUndone() throws Exception {
		Span span = editor.spans().get(0);
		Tree tree = showPropertiesOf(span);

		edit(tree, "Note", "checked twice");

		assertEquals("checked twice", span.getNote());
		assertEquals("checked twice", property(tree, "Note").getText(1));
		editor.getEditingDomain().getCommandStack().undo();
		assertNull(span.getNote());
	}

	private LabelPaletteView showPalette() throws Exception {
		return (LabelPaletteView) page.showView(LabelPaletteView.ID);
	}

	private CorpusView showCorpus() throws Exception {
		return (CorpusView) page.showView(CorpusView.ID);
	}

	private SpanOutlinePage showOutline() throws Exception {
		ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		return (SpanOutlinePage) outline.getCurrentPage();
	}

	/** Selects the span in the editor and waits for the Properties view, which hears of it after the event loop ran. */
	private Tree showPropertiesOf(Span span) throws Exception {
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		editor.selectSpan(span);
		SpanPropertySheetPage sheet = (SpanPropertySheetPage) properties.getCurrentPage();
		Tree tree = (Tree) sheet.getControl();
		waitUntil(() -> tree.getItemCount() > 0);
		return tree;
	}

	/** Types or chooses {@code value} in the property's cell editor and applies it, as leaving the cell would. */
	private static void edit(Tree tree, String property, Object value) {
		IPropertySheetEntry entry = (IPropertySheetEntry) property(tree, property).getData();
		entry.getEditor(tree).setValue(value);
		entry.applyEditorValue();
	}

	private static TreeItem property(Tree tree, String name) {
		return Arrays.stream(tree.getItems()).filter(item -> item.getText(0).equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no property " + name));
	}

	/** Clicks the middle of the row, once the view has been laid out and the row has a place on the screen. */
	private static void click(Table table, TableItem item) {
		waitUntil(() -> table.getItem(middle(item.getBounds())) == item);
		Point middle = middle(item.getBounds());
		Event event = new Event();
		event.button = 1;
		event.count = 1;
		event.x = middle.x;
		event.y = middle.y;
		table.notifyListeners(SWT.MouseUp, event);
	}

	private static Point middle(Rectangle bounds) {
		return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
	}

	/** @return each row's texts in the columns, separated by spaces */
	private static List<String> rows(Table table, int... columns) {
		return Arrays.stream(table.getItems())
				.map(item -> Arrays.stream(columns).mapToObj(item::getText).collect(Collectors.joining(" "))).toList();
	}

	private static void waitUntil(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 5000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("gave up waiting after 5 seconds");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	private List<String> goldSpans(String articleId) throws IOException {
		List<String> lines = Files.readAllLines(goldFolder.resolve(articleId + ".spans.tsv"));
		return lines.subList(1, lines.size());
	}

	private Map<String, Long> goldCountsByLabel(String articleId) throws IOException {
		Map<String, Long> counts = new LinkedHashMap<>();
		goldSpans(articleId).forEach(line -> counts.merge(line.split("\t")[2], 1L, Long::sum));
		return counts;
	}
}
