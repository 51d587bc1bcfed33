package org.hashiya.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.hashiya.core.GoldSpansImporter;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.agreement.AgreementRow;
import org.hashiya.core.agreement.Measure;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.Span;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.LabelColours;
import org.hashiya.ui.internal.agreement.AgreementChart;
import org.hashiya.ui.internal.agreement.AgreementChart.Bar;
import org.hashiya.ui.internal.agreement.AgreementView;
import org.hashiya.ui.internal.views.CorpusView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Agreement view on the sample project, with the gold spans as one annotator's work and a copy
 * of them, saved under another name, as the second's: identical, or with article 001 changed.
 */
class AgreementViewTest {

	private static final String SECOND = "amal";
	private static final List<String> LABELS = List.of("PER", "ORG", "LOC", "DATE");
	private static final int VALUE = 4;
	private static final long WAIT_MILLIS = 30_000;

	@TempDir
	Path exports;

	private SampleWorkspace workspace;
	private IWorkbenchPage page;
	private ArticleEditor editor;

	@BeforeEach
	void openAnArticleOfTheSampleProject() throws Exception {
		workspace = SampleWorkspace.create();
		page = workspace.page();
		editor = workspace.open(SampleWorkspace.ARTICLE_000);
	}

	@AfterEach
	void closeTheViewAndDeleteTheProject() throws Exception {
		page.closeAllEditors(false);
		Stream.of(AgreementView.ID, CorpusView.ID).map(page::findViewReference).filter(Objects::nonNull).forEach(page::hideView);
		workspace.dispose();
	}

	@Test
	void theHashiyaMenuShowsTheView() throws Exception {
		Menu hashiya = Arrays.stream(page.getWorkbenchWindow().getShell().getMenuBar().getItems()).filter(item -> item.getText().replace("&", "").equals("Hashiya"))
				.findFirst().orElseThrow().getMenu();
		// Showing the menu fills it, as opening it with the mouse would.
		hashiya.notifyListeners(SWT.Show, new Event());
		MenuItem agreement = Arrays.stream(hashiya.getItems()).filter(item -> item.getText().startsWith("Agreement Between Annotators")).findFirst().orElseThrow();
		hashiya.notifyListeners(SWT.Hide, new Event());

		agreement.notifyListeners(SWT.Selection, new Event());
		SampleWorkspace.processEvents();

		AgreementView view = (AgreementView) page.findView(AgreementView.ID);
		assertNotNull(view, "the Agreement view is open");
		waitUntilComputed(view);
		assertEquals(workspace.folder().toRealPath(), view.getProject().orElseThrow().toRealPath(), "the project of the open article");
	}

	@Test
	void annotatorsWhoDidTheSameWorkAgreeWithOneInEveryRow() throws Exception {
		addSecondAnnotator(UnaryOperator.identity());

		Table table = showAgreement().getViewer().getTable();

		assertTrue(table.getItemCount() >= 2 * (1 + SampleCorpus.articleIds().size()), "alpha-u and kappa over all labels for the corpus and each article at least");
		assertEquals(List.of(), Arrays.stream(table.getItems()).filter(item -> !item.getText(VALUE).equals("1.000")).map(AgreementViewTest::describe).toList());
		assertEquals("amal & gold (corpus) (all) alpha-u", describe(table.getItem(0)).substring(0, "amal & gold (corpus) (all) alpha-u".length()));
	}

	@Test
	void theArticleWhereTheAnnotatorsDisagreeIsListedRightAfterTheCorpus() throws Exception {
		addSecondAnnotator(this::dropTheFirstAndRelabelTheSecond);

		Table table = showAgreement().getViewer().getTable();

		TableItem firstArticleRow = Arrays.stream(table.getItems()).filter(item -> !item.getText(1).equals(AgreementRow.CORPUS)).findFirst().orElseThrow();
		assertEquals(SampleWorkspace.ARTICLE_001, firstArticleRow.getText(1));
		assertTrue(value(firstArticleRow) < 1, describe(firstArticleRow));
		assertTrue(Arrays.stream(table.getItems()).filter(item -> item.getText(1).equals(SampleWorkspace.ARTICLE_000)).allMatch(item -> value(item) == 1),
				"article 000 is the same for both");
	}

	@Test
	void clickingTheValueHeaderSortsByValueAndClickingAgainReversesIt() throws Exception {
		addSecondAnnotator(this::dropTheFirstAndRelabelTheSecond);
		Table table = showAgreement().getViewer().getTable();

		table.getColumn(VALUE).notifyListeners(SWT.Selection, new Event());
		List<Double> ascending = values(table);
		table.getColumn(VALUE).notifyListeners(SWT.Selection, new Event());
		List<Double> descending = values(table);

		assertEquals(ascending.stream().sorted().toList(), ascending);
		assertTrue(ascending.get(0) < 1, "some row below 1: " + ascending);
		assertEquals(descending.stream().sorted((one, other) -> Double.compare(other, one)).toList(), descending);
		assertEquals(SWT.DOWN, table.getSortDirection());
	}

	@Test
	void theFiltersListOnlyTheCorpusRowsOfOneMeasure() throws Exception {
		addSecondAnnotator(this::dropTheFirstAndRelabelTheSecond);
		AgreementView view = showAgreement();
		Table table = view.getViewer().getTable();
		List<Combo> filters = combos(table);

		choose(filters.get(0), AgreementView.Scope.CORPUS.ordinal());
		choose(filters.get(1), Measure.COHEN_KAPPA.ordinal() + 1);

		List<String> expected = new ArrayList<>(List.of("(all)"));
		expected.addAll(LABELS.stream().sorted().toList());
		assertEquals(expected.stream().map(label -> "amal & gold (corpus) " + label + " kappa").toList(),
				Arrays.stream(table.getItems()).map(item -> item.getText(0) + " " + item.getText(1) + " " + item.getText(2) + " " + item.getText(3)).toList());
	}

	@Test
	void exportWritesTheListedRowsInTheirOrderAsCsv() throws Exception {
		addSecondAnnotator(this::dropTheFirstAndRelabelTheSecond);
		AgreementView view = showAgreement();
		Table table = view.getViewer().getTable();
		table.getColumn(VALUE).notifyListeners(SWT.Selection, new Event());
		Path csv = exports.resolve("agreement.csv");

		view.export(csv);

		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("annotators,article,label,measure,value,spans,tokens", lines.get(0));
		List<String> expected = Arrays.stream(table.getItems()).map(item -> String.join(",", item.getText(0), item.getText(1), item.getText(2), item.getText(3),
				String.format(Locale.ROOT, "%.6f", ((AgreementRow) item.getData()).value()), item.getText(5), item.getText(6))).toList();
		assertEquals(expected, lines.subList(1, lines.size()));
	}

	@Test
	void theChartHasABarPerLabelInItsColourAsHighAsTheLabelsAlphaForTheCorpus() throws Exception {
		addSecondAnnotator(this::dropTheFirstAndRelabelTheSecond);
		AgreementView view = showAgreement();
		AgreementChart chart = view.getChart();

		List<AgreementRow> corpusAlphas = rows(view).stream()
				.filter(row -> row.isCorpus() && !row.isAllLabels() && row.measure() == Measure.KRIPPENDORFF_ALPHA_UNITIZING).toList();
		assertEquals(LABELS, chart.bars().stream().map(Bar::label).toList(), "in the order of the project's labels");
		List<Rectangle> bounds = chart.barBounds();
		double pixelsPerUnit = bounds.get(0).height / chart.bars().get(0).value();
		for (int index = 0; index < LABELS.size(); index++) {
			Bar bar = chart.bars().get(index);
			assertEquals(corpusAlphas.stream().filter(row -> row.label().equals(bar.label())).findFirst().orElseThrow().value(), bar.value(), 1e-12, bar.label());
			assertEquals(LabelColours.rgb(SampleWorkspace.label(editor, bar.label())), bar.colour(), bar.label());
			assertEquals(bar.value() * pixelsPerUnit, bounds.get(index).height, 1.0, bar.label() + " as high as its value");
		}
		assertBarsPainted(chart);
	}

	@Test
	void theChartIsDrawnAgainAtItsNewSizeWhenTheViewIsMaximized() throws Exception {
		addSecondAnnotator(this::dropTheFirstAndRelabelTheSecond);
		AgreementView view = showAgreement();
		AgreementChart chart = view.getChart();
		int before = chart.barBounds().get(0).height;

		page.setPartState(page.findViewReference(AgreementView.ID), IWorkbenchPage.STATE_MAXIMIZED);
		try {
			SampleWorkspace.processEvents();

			assertTrue(chart.barBounds().get(0).height > before, "taller bars: " + chart.barBounds());
			assertBarsPainted(chart);
		} finally {
			// The other views and the editors would stay minimized for the next tests.
			page.setPartState(page.findViewReference(AgreementView.ID), IWorkbenchPage.STATE_RESTORED);
		}
	}

	@Test
	void selectingAnArticleRowChartsThatArticle() throws Exception {
		addSecondAnnotator(this::dropTheFirstAndRelabelTheSecond);
		AgreementView view = showAgreement();
		AgreementRow article = rows(view).stream().filter(row -> row.article().equals(SampleWorkspace.ARTICLE_001) && row.measure() == Measure.COHEN_KAPPA)
				.findFirst().orElseThrow();

		view.getViewer().setSelection(new StructuredSelection(article), true);

		assertTrue(view.getChart().title().startsWith("kappa per label, " + SampleWorkspace.ARTICLE_001), view.getChart().title());
		List<AgreementRow> perLabel = rows(view).stream()
				.filter(row -> row.article().equals(SampleWorkspace.ARTICLE_001) && row.measure() == Measure.COHEN_KAPPA && !row.isAllLabels()).toList();
		assertEquals(perLabel.size(), view.getChart().bars().size());
	}

	@Test
	void aValueBelowZeroHasNoBarButItsValueIsWritten() {
		Shell shell = new Shell(Display.getCurrent());
		try {
			shell.setLayout(new FillLayout());
			AgreementChart chart = new AgreementChart(shell);
			shell.setSize(400, 300);
			shell.open();
			RGB per = new RGB(0xFF, 0xC8, 0x66);

			chart.show("alpha-u per label", List.of(new Bar("PER", -0.25, per), new Bar("ORG", 0.5, new RGB(0x8F, 0xD3, 0xFF))), "");
			SampleWorkspace.processEvents();

			List<Rectangle> bounds = chart.barBounds();
			Rectangle below = bounds.get(0);
			Rectangle half = bounds.get(1);
			assertEquals(0, below.height, "clamped at the axis");
			assertEquals(half.y + half.height, below.y, "both stand on the axis");
			assertTrue(half.height > 20, "ORG has a bar: " + half);
			assertEquals("-0.25", AgreementChart.valueText(-0.25));
			assertFalse(per.equals(colourAt(painted(chart.getControl()), below.x + below.width / 2, below.y - half.height / 2)), "nothing of PER's colour above the axis");
		} finally {
			shell.dispose();
		}
	}

	@Test
	void withOneAnnotatorTheViewSaysThatASecondIsNeeded() throws Exception {
		AgreementView view = showAgreement();

		assertFalse(view.getViewer().getTable().isVisible(), "the message takes the table's place");
		assertTrue(view.getMessage().contains("only the work of gold"), view.getMessage());
	}

	@Test
	void anAnnotationFileThatCannotBeReadIsNamedInTheViewAndTheErrorLog() throws Exception {
		addSecondAnnotator(UnaryOperator.identity());
		Path broken = workspace.folder().resolve(ProjectFolder.ANNOTATIONS).resolve(SECOND).resolve(SampleWorkspace.ARTICLE_001 + ".tsv");
		Files.writeString(broken, "not an annotation file\n", StandardCharsets.UTF_8);
		List<String> logged = new ArrayList<>();
		ILogListener log = (status, plugin) -> {
			if (status.getSeverity() == IStatus.ERROR) {
				logged.add(status.getMessage());
			}
		};
		Platform.addLogListener(log);
		try {
			AgreementView view = showAgreement();

			assertTrue(view.getMessage().contains(broken.toString()), view.getMessage());
			assertTrue(view.getMessage().contains("Refresh"), "says what to do: " + view.getMessage());
			assertTrue(logged.stream().anyMatch(message -> message.contains(broken.toString())), "logged: " + logged);
		} finally {
			Platform.removeLogListener(log);
		}
	}

	@Test
	void refreshShowsWorkSavedSinceTheLastComputation() throws Exception {
		AgreementView view = showAgreement();
		assertFalse(view.getViewer().getTable().isVisible());

		addSecondAnnotator(UnaryOperator.identity());
		view.refresh();
		waitUntilComputed(view);

		assertTrue(view.getViewer().getTable().isVisible(), "the table instead of the message");
		assertTrue(view.getViewer().getTable().getItemCount() > 0);
	}

	@Test
	void doubleClickingAnArticleRowOpensThatArticle() throws Exception {
		addSecondAnnotator(this::dropTheFirstAndRelabelTheSecond);
		AgreementView view = showAgreement();
		Table table = view.getViewer().getTable();
		int row = Arrays.stream(table.getItems()).map(item -> item.getText(1)).toList().indexOf(SampleWorkspace.ARTICLE_001);

		table.setSelection(row);
		Event doubleClick = new Event();
		doubleClick.item = table.getItem(row);
		table.notifyListeners(SWT.DefaultSelection, doubleClick);
		SampleWorkspace.processEvents();

		ArticleEditor opened = (ArticleEditor) page.getActiveEditor();
		assertEquals(SampleWorkspace.ARTICLE_001, opened.getArticle().getId());
		assertTrue(List.of(SampleCorpus.GOLD_ANNOTATOR, SECOND).contains(opened.getShownAnnotator()), opened.getShownAnnotator());
	}

	@Test
	void theViewFollowsTheProjectOfTheArticleSelectedInTheCorpusView() throws Exception {
		addSecondAnnotator(UnaryOperator.identity());
		SampleWorkspace other = SampleWorkspace.create();
		try {
			other.open(SampleWorkspace.ARTICLE_000);
			AgreementView view = showAgreement();
			assertEquals(other.folder().toRealPath(), view.getProject().orElseThrow().toRealPath());
			page.closeAllEditors(false);
			CorpusView corpus = (CorpusView) page.showView(CorpusView.ID);
			SampleWorkspace.processEvents();
			Object ours = Arrays.stream(corpus.getViewer().getTable().getItems())
					.filter(item -> item.getText(0).contains(workspace.folder().getFileName().toString())).findFirst().orElseThrow().getData();

			corpus.getViewer().setSelection(new StructuredSelection(ours), true);
			waitUntil(() -> view.getProject().filter(workspace.folder().toAbsolutePath().normalize()::equals).isPresent());
			waitUntilComputed(view);

			assertTrue(view.getViewer().getTable().getItemCount() > 0, view.getMessage());
		} finally {
			other.dispose();
		}
	}

	/**
	 * Saves the gold spans as the finished work of {@link #SECOND}, with {@code changeOf001} applied
	 * to those of article 001, through the workbench's model of the project.
	 */
	private void addSecondAnnotator(UnaryOperator<List<Span>> changeOf001) throws IOException {
		ProjectFolder project = editor.getProject();
		Annotator gold = project.annotator(SampleCorpus.GOLD_ANNOTATOR);
		Map<Article, List<Span>> work = new LinkedHashMap<>();
		for (Article article : project.project().getArticles()) {
			List<Span> spans = project.findAnnotationSet(article, gold).orElseThrow().getSpans().stream()
					.map(span -> GoldSpansImporter.importedSpan(span.getBegin(), span.getEnd(), span.getLabel())).toList();
			work.put(article, article.getId().equals(SampleWorkspace.ARTICLE_001) ? changeOf001.apply(spans) : spans);
		}
		GoldSpansImporter.addFinishedWork(project, SECOND, work);
	}

	/** Leaves out the first span and gives the second the next label of the project. */
	private List<Span> dropTheFirstAndRelabelTheSecond(List<Span> spans) {
		List<Span> changed = new ArrayList<>(spans.subList(1, spans.size()));
		Span second = changed.get(0);
		second.setLabel(SampleWorkspace.label(editor, LABELS.get((LABELS.indexOf(second.getLabel().getName()) + 1) % LABELS.size())));
		return changed;
	}

	private AgreementView showAgreement() throws Exception {
		AgreementView view = (AgreementView) page.showView(AgreementView.ID);
		waitUntilComputed(view);
		return view;
	}

	private static void waitUntilComputed(AgreementView view) {
		waitUntil(() -> !view.isComputing());
		SampleWorkspace.processEvents();
	}

	/** Every bar shows its label's colour in its middle, as the chart paints itself. */
	private static void assertBarsPainted(AgreementChart chart) {
		ImageData painted = painted(chart.getControl());
		List<Rectangle> bounds = chart.barBounds();
		for (int index = 0; index < chart.bars().size(); index++) {
			Bar bar = chart.bars().get(index);
			Rectangle box = bounds.get(index);
			assertTrue(box.height > 4, bar + " has a bar: " + box);
			assertEquals(bar.colour(), colourAt(painted, box.x + box.width / 2, box.y + box.height / 2), bar.label());
		}
	}

	/** @return what the control paints, drawn into an image */
	private static ImageData painted(Control control) {
		Point size = control.getSize();
		Image image = new Image(control.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			assertTrue(control.print(gc), "the control can be drawn into an image");
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static RGB colourAt(ImageData image, int x, int y) {
		return image.palette.getRGB(image.getPixel(x, y));
	}

	private static List<AgreementRow> rows(AgreementView view) {
		return view.getAgreement().orElseThrow().rows();
	}

	/** @return the view's combos, in their order, found among the controls around the table */
	private static List<Combo> combos(Table table) {
		List<Combo> found = new ArrayList<>();
		for (Control at = table; at != null && found.isEmpty(); at = at.getParent()) {
			collect(at, found);
		}
		return found;
	}

	private static void collect(Control control, List<Combo> found) {
		if (control instanceof Combo combo) {
			found.add(combo);
		} else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, found);
			}
		}
	}

	private static void choose(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static double value(TableItem item) {
		return Double.parseDouble(item.getText(VALUE));
	}

	private static List<Double> values(Table table) {
		return Arrays.stream(table.getItems()).map(AgreementViewTest::value).toList();
	}

	private static String describe(TableItem item) {
		return String.join(" ", item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4));
	}

	private static void waitUntil(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("gave up waiting after " + WAIT_MILLIS / 1000 + " seconds");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes the sleep below to look at the condition again
				});
				display.sleep();
			}
		}
	}
}
