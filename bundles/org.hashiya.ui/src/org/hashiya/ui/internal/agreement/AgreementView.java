package org.hashiya.ui.internal.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.statushandlers.StatusManager;
import org.hashiya.core.Articles;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.agreement.AgreementCsv;
import org.hashiya.core.agreement.AgreementRow;
import org.hashiya.core.agreement.AgreementTable;
import org.hashiya.core.agreement.Measure;
import org.hashiya.model.Label;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.FunctionLabelProvider;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.LabelColours;
import org.hashiya.ui.internal.agreement.AgreementChart.Bar;
import org.hashiya.ui.internal.agreement.AgreementJob.Computed;
import org.hashiya.ui.internal.agreement.AgreementJob.Failed;
import org.hashiya.ui.internal.agreement.AgreementJob.Outcome;
import org.hashiya.ui.internal.agreement.AgreementJob.TooFewAnnotators;

/**
 * The agreement between the annotators of one annotation project, computed from their saved files
 * in the background: a table of every coefficient, the articles where people disagree most first,
 * sortable by any column and narrowed to corpus or article rows and to one measure; and a chart of
 * the coefficient per label for the corpus, or for the row selected in the table. The project is
 * the one last pointed at: the active article editor's, or the one of an article or folder
 * selected in the Corpus view or the Project Explorer. Double-clicking an article's row opens it.
 */
public final class AgreementView extends ViewPart {

	/** The view id, as registered in plugin.xml. */
	public static final String ID = "org.hashiya.ui.agreement";

	/** Which rows the table lists, by their article. */
	public enum Scope {
		ALL(Messages.AgreementView_corpusAndArticles), CORPUS(Messages.AgreementView_corpus), ARTICLES(Messages.AgreementView_articles);

		private final String text;

		Scope(String text) {
			this.text = text;
		}

		boolean includes(AgreementRow row) {
			return this == ALL || row.isCorpus() == (this == CORPUS);
		}
	}

	/** The sash puts the chart beside the table when the view is this many times wider than high, else below it. */
	private static final int WIDE = 2;
	/** Beside each other, the table's columns need more room than the chart; one above the other, they share the height. */
	private static final int[] TABLE_BESIDE_CHART = { 3, 2 };
	private static final int[] TABLE_ABOVE_CHART = { 1, 1 };
	private static final Collator COLLATOR = Collator.getInstance(Locale.ROOT);

	private final ISelectionListener pointedAt = this::pointedAt;
	private final Action refreshAction = action(Messages.AgreementView_refresh, Messages.AgreementView_refreshTip, this::refresh);
	private final Action exportAction = action(Messages.AgreementView_export, Messages.AgreementView_exportTip, this::askAndExport);

	private PageBook book;
	private org.eclipse.swt.widgets.Label message;
	private Composite resultArea;
	private Combo scopeChoice;
	private Combo measureChoice;
	private TableViewer viewer;
	private AgreementChart chart;

	/** The folder of the project whose agreement is shown or being computed; null before one is chosen. */
	private Path project;
	private AgreementJob running;
	private AgreementTable table;
	/** Each row's place in the table's own order: the corpus, then the articles where people disagree most. */
	private Map<AgreementRow, Integer> disagreementOrder = Map.of();
	private Comparator<AgreementRow> order = Comparator.comparingInt(this::placeByDisagreement);
	private Scope scope = Scope.ALL;
	/** The measure whose rows are listed, or null for all. */
	private Measure measure;

	@Override
	public void createPartControl(Composite parent) {
		book = new PageBook(parent, SWT.NONE);
		message = new org.eclipse.swt.widgets.Label(book, SWT.WRAP);
		resultArea = new Composite(book, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(resultArea);
		createFilters(resultArea);
		SashForm sash = new SashForm(resultArea, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createTable(sash);
		chart = new AgreementChart(sash);
		sash.setWeights(TABLE_BESIDE_CHART);
		sash.addListener(SWT.Resize, event -> {
			Rectangle area = sash.getClientArea();
			int orientation = area.width >= WIDE * area.height ? SWT.HORIZONTAL : SWT.VERTICAL;
			if (sash.getOrientation() != orientation) {
				sash.setOrientation(orientation);
				sash.setWeights(orientation == SWT.HORIZONTAL ? TABLE_BESIDE_CHART : TABLE_ABOVE_CHART);
			}
		});

		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(refreshAction);
		toolBar.add(exportAction);
		exportAction.setEnabled(false);
		getSite().getPage().addPostSelectionListener(pointedAt);
		follow(firstProject().orElse(null));
	}

	/** @return the table, whose elements are {@link AgreementRow}s */
	public TableViewer getViewer() {
		return viewer;
	}

	public AgreementChart getChart() {
		return chart;
	}

	/** @return what the view says instead of the table: no project, too few annotators, an error */
	public String getMessage() {
		return message.getText();
	}

	/** @return whether an agreement is being computed, whose result the view will show */
	public boolean isComputing() {
		return running != null;
	}

	/** @return the agreement shown in the table and the chart, if there is one */
	public Optional<AgreementTable> getAgreement() {
		return Optional.ofNullable(table);
	}

	/** @return the folder of the project whose agreement is shown, if one was chosen */
	public Optional<Path> getProject() {
		return Optional.ofNullable(project);
	}

	/** Lists only the rows of this scope and measure (null: every measure). */
	private void setFilter(Scope shownScope, Measure shownMeasure) {
		scope = shownScope;
		measure = shownMeasure;
		scopeChoice.select(shownScope.ordinal());
		measureChoice.select(shownMeasure == null ? 0 : shownMeasure.ordinal() + 1);
		list();
	}

	/** Computes the agreement of the shown project again, from its files as they are now. */
	public void refresh() {
		follow(project != null ? project : firstProject().orElse(null));
	}

	/** Writes the listed rows, in the order listed, to a CSV file. */
	public void export(Path file) throws IOException {
		AgreementCsv.write(file, listedRows());
	}

	@Override
	public void setFocus() {
		if (!viewer.getControl().isVisible() || !viewer.getControl().setFocus()) {
			book.setFocus();
		}
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(pointedAt);
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}

	/** The two choices side by side, or one below the other in a narrow view. */
	private void createFilters(Composite parent) {
		Composite filters = new Composite(parent, SWT.NONE);
		RowLayout rows = new RowLayout();
		rows.center = true;
		filters.setLayout(rows);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		scopeChoice = labeledCombo(filters, Messages.AgreementView_rows);
		scopeChoice.setItems(Arrays.stream(Scope.values()).map(shown -> shown.text).toArray(String[]::new));
		scopeChoice.select(scope.ordinal());
		measureChoice = labeledCombo(filters, Messages.AgreementView_measure);
		measureChoice.add(Messages.AgreementView_allMeasures);
		for (Measure each : Measure.values()) {
			measureChoice.add(each.shortName());
		}
		measureChoice.select(0);
		measureChoice.setToolTipText(Arrays.stream(Measure.values()).map(each -> each.shortName() + ": " + each.description()).collect(Collectors.joining("\n")));
		scopeChoice.addListener(SWT.Selection, event -> setFilter(Scope.values()[scopeChoice.getSelectionIndex()], measure));
		measureChoice.addListener(SWT.Selection,
				event -> setFilter(scope, measureChoice.getSelectionIndex() == 0 ? null : Measure.values()[measureChoice.getSelectionIndex() - 1]));
	}

	private static Combo labeledCombo(Composite parent, String label) {
		Composite pair = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pair);
		new org.eclipse.swt.widgets.Label(pair, SWT.NONE).setText(label);
		return new Combo(pair, SWT.READ_ONLY);
	}

	private void createTable(Composite parent) {
		Composite tableArea = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		textColumn(columns, Messages.AgreementView_annotatorsColumn, new ColumnWeightData(2, 90), AgreementRow::raters);
		textColumn(columns, Messages.AgreementView_articleColumn, new ColumnWeightData(3, 90), AgreementRow::article);
		textColumn(columns, Messages.AgreementView_labelColumn, new ColumnPixelData(60), AgreementRow::label);
		textColumn(columns, Messages.AgreementView_measureColumn, new ColumnPixelData(90), row -> row.measure().shortName());
		numberColumn(columns, Messages.AgreementView_valueColumn, new ColumnPixelData(60), row -> String.format(Locale.ROOT, "%.3f", row.value()), AgreementRow::value);
		numberColumn(columns, Messages.AgreementView_spansColumn, new ColumnPixelData(55), row -> Integer.toString(row.spans()), AgreementRow::spans);
		numberColumn(columns, Messages.AgreementView_tokensColumn, new ColumnPixelData(60), row -> Integer.toString(row.tokens()), AgreementRow::tokens);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(event -> showChart());
		viewer.addOpenListener(event -> openSelectedArticle());
	}

	private void column(TableColumnLayout columns, String header, int alignment, ColumnLayoutData width, Function<AgreementRow, String> text,
			Comparator<AgreementRow> columnOrder) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(header);
		columns.setColumnData(column.getColumn(), width);
		column.setLabelProvider(new FunctionLabelProvider<>(AgreementRow.class, text, null));
		column.getColumn().addListener(SWT.Selection, event -> sortBy(column.getColumn(), columnOrder));
	}

	/** The first click on a column sorts ascending (the lowest value, the most disagreement, first), the next ones flip the direction. */
	private void sortBy(TableColumn column, Comparator<AgreementRow> columnOrder) {
		Table shown = viewer.getTable();
		boolean ascending = shown.getSortColumn() != column || shown.getSortDirection() == SWT.DOWN;
		order = (ascending ? columnOrder : columnOrder.reversed()).thenComparingInt(this::placeByDisagreement);
		shown.setSortColumn(column);
		shown.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		list();
	}

	/** Lists the rows of the chosen scope and measure, in the chosen order. */
	private void list() {
		List<AgreementRow> rows = table == null ? List.of() : table.rows();
		viewer.setInput(rows.stream().filter(row -> scope.includes(row) && (measure == null || row.measure() == measure)).sorted(order).toList());
		exportAction.setEnabled(viewer.getTable().getItemCount() > 0);
	}

	private void textColumn(TableColumnLayout columns, String header, ColumnLayoutData width, Function<AgreementRow, String> text) {
		column(columns, header, SWT.LEFT, width, text, Comparator.comparing(text, COLLATOR));
	}

	private void numberColumn(TableColumnLayout columns, String header, ColumnLayoutData width, Function<AgreementRow, String> text, ToDoubleFunction<AgreementRow> number) {
		column(columns, header, SWT.RIGHT, width, text, Comparator.comparingDouble(number));
	}

	private int placeByDisagreement(AgreementRow row) {
		return disagreementOrder.getOrDefault(row, Integer.MAX_VALUE);
	}

	/** Follows the project of the active article editor, or of the resource selected in a view. */
	private void pointedAt(IWorkbenchPart part, ISelection selection) {
		if (part == this) {
			return;
		}
		projectOf(part, selection).filter(folder -> !folder.equals(project)).ifPresent(this::follow);
	}

	/** @return the project of the page's article editor, else the workspace's only annotation project */
	private Optional<Path> firstProject() {
		IEditorPart editor = getSite().getPage().getActiveEditor();
		Optional<Path> edited = projectOf(editor, null);
		if (edited.isPresent()) {
			return edited;
		}
		List<Path> projects = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen).map(IProject::getLocation)
				.filter(location -> location != null && ProjectFolder.isProject(location.toPath())).map(AgreementView::folder).toList();
		return projects.size() == 1 ? Optional.of(projects.get(0)) : Optional.empty();
	}

	private static Optional<Path> projectOf(IWorkbenchPart part, ISelection selection) {
		if (part instanceof ArticleEditor editor) {
			return Optional.ofNullable(editor.getProject()).map(opened -> folder(IPath.fromPath(opened.root())));
		}
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			for (IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class); resource != null; resource = resource.getParent()) {
				IPath location = resource.getLocation();
				if (location != null && ProjectFolder.isProject(location.toPath())) {
					return Optional.of(folder(location));
				}
			}
		}
		return Optional.empty();
	}

	private static Path folder(IPath location) {
		return location.toPath().toAbsolutePath().normalize();
	}

	private void follow(Path folder) {
		project = folder;
		if (folder == null) {
			if (running != null) {
				running.cancel();
				running = null;
			}
			table = null;
			setContentDescription("");
			showMessage(Messages.AgreementView_noProject);
		} else {
			compute(folder);
		}
	}

	private void compute(Path folder) {
		if (running != null) {
			running.cancel();
		}
		running = new AgreementJob(folder, viewer.getControl().getDisplay(), this::done);
		String name = folder.getFileName().toString();
		setContentDescription(NLS.bind(Messages.AgreementView_computing, name));
		if (table == null) {
			showMessage(NLS.bind(Messages.AgreementView_computing, name));
		}
		getSite().getService(IWorkbenchSiteProgressService.class).schedule(running);
	}

	/** Shows what a computation came to, unless another has been started since or the view is gone. */
	private void done(AgreementJob job, Outcome outcome) {
		if (viewer.getControl().isDisposed() || job != running) {
			return;
		}
		running = null;
		String name = project.getFileName().toString();
		if (outcome instanceof Computed computed) {
			show(name, computed.table());
			return;
		}
		table = null;
		setContentDescription("");
		if (outcome instanceof TooFewAnnotators few) {
			String whose = few.annotators().isEmpty() ? Messages.AgreementView_nobody : NLS.bind(Messages.AgreementView_onlyOne, few.annotators().get(0));
			showMessage(NLS.bind(Messages.AgreementView_tooFewAnnotators, name, whose));
		} else if (outcome instanceof Failed failed) {
			Exception error = failed.error();
			String problem = NLS.bind(Messages.AgreementView_failed, name, Objects.toString(error.getMessage(), error.getClass().getName()));
			HashiyaUiPlugin.log(problem, error);
			showMessage(problem);
		}
	}

	private void show(String name, AgreementTable computed) {
		table = computed;
		List<AgreementRow> byDisagreement = computed.rowsByDisagreement();
		Map<AgreementRow, Integer> places = new HashMap<>();
		for (int place = 0; place < byDisagreement.size(); place++) {
			places.putIfAbsent(byDisagreement.get(place), place);
		}
		disagreementOrder = places;
		list();
		setContentDescription(NLS.bind(Messages.AgreementView_summary,
				new Object[] { name, String.join(", ", computed.annotators()), computed.articlesByDisagreement().size() }));
		book.showPage(resultArea);
		showChart();
	}

	private void showMessage(String text) {
		message.setText(text);
		list();
		book.showPage(message);
	}

	/**
	 * Charts the selected row's measure per label, for its annotators and article; with no row
	 * selected, alpha for unitizing per label for the corpus and all annotators.
	 */
	private void showChart() {
		if (table == null) {
			return;
		}
		Optional<AgreementRow> selected = Optional.ofNullable((AgreementRow) viewer.getStructuredSelection().getFirstElement());
		List<String> annotators = selected.map(AgreementRow::annotators).orElse(table.annotators());
		String article = selected.map(AgreementRow::article).orElse(AgreementRow.CORPUS);
		Measure charted = selected.map(AgreementRow::measure).orElse(Measure.KRIPPENDORFF_ALPHA_UNITIZING);
		List<AgreementRow> perLabel = table.rows().stream()
				.filter(row -> row.annotators().equals(annotators) && row.article().equals(article) && row.measure() == charted && !row.isAllLabels()).toList();
		List<Label> labels = projectLabels();
		Comparator<AgreementRow> labelOrder = Comparator.comparingInt(row -> labelPlace(labels, row.label()));
		List<Bar> bars = perLabel.stream().sorted(labelOrder.thenComparing(AgreementRow::label))
				.map(row -> new Bar(row.label(), row.value(), labels.stream().filter(label -> label.getName().equals(row.label())).findFirst().map(LabelColours::rgb).orElse(null)))
				.toList();
		Optional<AgreementRow> overall = table.row(annotators, article, AgreementRow.ALL, charted);
		String raters = overall.or(() -> perLabel.stream().findFirst()).map(AgreementRow::raters).orElse("");
		String title = NLS.bind(Messages.AgreementView_chartTitle,
				new Object[] { charted.shortName(), article, raters, overall.map(row -> AgreementChart.valueText(row.value())).orElse("\u2013") });
		chart.show(title, bars, Messages.AgreementView_noLabels);
	}

	private static int labelPlace(List<Label> labels, String name) {
		for (int place = 0; place < labels.size(); place++) {
			if (labels.get(place).getName().equals(name)) {
				return place;
			}
		}
		return labels.size();
	}

	/** @return the project's labels in the order of its label sets, for their colours; none if it cannot be opened */
	private List<Label> projectLabels() {
		try {
			return HashiyaUiPlugin.getDefault().openProjects().get(project).project().getLabelSets().stream().flatMap(set -> set.getLabels().stream()).toList();
		} catch (IOException e) {
			// The failure to open the project was shown when its agreement was computed; the bars stay grey.
			return List.of();
		}
	}

	private List<AgreementRow> listedRows() {
		return Arrays.stream(viewer.getTable().getItems()).map(item -> (AgreementRow) item.getData()).toList();
	}

	private void askAndExport() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.AgreementView_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		dialog.setFileName(project.getFileName() + "-agreement.csv");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			export(Path.of(chosen));
		} catch (IOException e) {
			String problem = NLS.bind(Messages.AgreementView_exportFailed, chosen);
			HashiyaUiPlugin.log(problem, e);
			ErrorDialog.openError(getSite().getShell(), Messages.AgreementView_exportTitle, problem, new Status(IStatus.ERROR, HashiyaUiPlugin.ID, e.getMessage(), e));
		}
	}

	/**
	 * Opens the selected row's article; when the editor shows neither of the row's annotators and
	 * has no unsaved changes, it shows the first of them.
	 */
	private void openSelectedArticle() {
		if (!(viewer.getStructuredSelection().getFirstElement() instanceof AgreementRow row) || row.isCorpus() || project == null) {
			return;
		}
		IContainer container = ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(IPath.fromPath(project));
		if (container == null) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(NLS.bind(Messages.AgreementView_notInWorkspace, project));
			return;
		}
		IFile file = container.getFile(IPath.fromOSString(row.article() + Articles.EXTENSION));
		try {
			ArticleEditor opened = (ArticleEditor) IDE.openEditor(getSite().getPage(), file, ArticleEditor.ID);
			if (!opened.isDirty() && !row.annotators().contains(opened.getShownAnnotator())) {
				opened.showAnnotator(row.annotators().get(0));
			}
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	private static Action action(String text, String toolTip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(toolTip);
		return action;
	}
}
