package org.hashiya.ui.internal.views;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.hashiya.core.editing.AnnotationCommands;
import org.hashiya.model.Suggestion;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.EditorActions;
import org.hashiya.uima.arabic.NormalizedText;
import org.hashiya.ui.internal.FunctionLabelProvider;

/**
 * The pending suggestions of the active article editor, to decide many at once: in reading order,
 * sorted by any column, or least confident first, the active-learning order in which each decision
 * teaches the suggesters most; narrowed by a filter on text, label or source. Every decision is one
 * undoable change on the editor's command stack, as if made in the editor; Undo in this view takes
 * it back.
 *
 * <p>The table is virtual: only the rows in view are ever filled.</p>
 */
public final class SuggestionsView extends ViewPart {

	/** The view id, as registered in plugin.xml. */
	public static final String ID = "org.hashiya.ui.suggestionsView";
	/** The id of the Least Confident First toggle in the view's toolbar. */
	public static final String LEAST_CONFIDENT_FIRST_ID = ID + ".leastConfidentFirst";

	private static final String SUGGEST_COMMAND = "org.hashiya.ui.suggest";
	private static final Comparator<Suggestion> READING_ORDER = Comparator.comparingInt(Suggestion::getBegin).thenComparingInt(Suggestion::getEnd);
	private static final Comparator<Suggestion> BY_SCORE = Comparator.comparingDouble(Suggestion::getScore);
	private static final double FIRST_THRESHOLD = 0.5;

	private final Action acceptSelectedAction = action(Messages.SuggestionsView_acceptSelected, IAction.AS_PUSH_BUTTON, this::acceptSelected);
	private final Action rejectSelectedAction = action(Messages.SuggestionsView_rejectSelected, IAction.AS_PUSH_BUTTON, this::rejectSelected);
	private final Action acceptAboveAction = action(Messages.SuggestionsView_acceptAbove, IAction.AS_PUSH_BUTTON,
			() -> askThreshold(Messages.SuggestionsView_acceptAboveQuestion, this::acceptFrom));
	private final Action rejectBelowAction = action(Messages.SuggestionsView_rejectBelow, IAction.AS_PUSH_BUTTON,
			() -> askThreshold(Messages.SuggestionsView_rejectBelowQuestion, this::rejectBelow));
	private final Action leastConfidentFirstAction = action(Messages.SuggestionsView_leastConfidentFirst, IAction.AS_CHECK_BOX, this::leastConfidentFirstToggled);

	private ActiveArticleEditor activeEditor;
	/** The editor whose Undo and Redo this view's action bars carry. */
	private ArticleEditor undoOf;
	private PageBook book;
	private org.eclipse.swt.widgets.Label message;
	private Composite listArea;
	private Text filter;
	private TableColumnLayout columns;
	private TableViewer viewer;
	private TableColumn scoreColumn;
	private LabelSwatches swatches;
	private Comparator<Suggestion> order = READING_ORDER;
	/** The filter's matching key; empty lists everything. */
	private String filterKey = "";
	private double threshold = FIRST_THRESHOLD;

	@Override
	public void createPartControl(Composite parent) {
		book = new PageBook(parent, SWT.NONE);
		message = new org.eclipse.swt.widgets.Label(book, SWT.WRAP);
		listArea = new Composite(book, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(listArea);
		filter = new Text(listArea, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.SuggestionsView_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addListener(SWT.Modify, event -> {
			filterKey = NormalizedText.keyOf(filter.getText().strip());
			refresh();
		});
		Composite tableArea = new Composite(listArea, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
		columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.VIRTUAL);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		swatches = new LabelSwatches(viewer.getControl());
		Collator arabic = Collator.getInstance(Locale.forLanguageTag("ar"));
		// A suggestion's article and place sort as reading order.
		column(Messages.SuggestionsView_article, SWT.LEFT, new ColumnWeightData(1, 60), suggestion -> Annotations.article(suggestion).getId(), null, READING_ORDER);
		// Right-aligned, so that Arabic reads from where it starts.
		column(Messages.SuggestionsView_text, SWT.RIGHT, new ColumnWeightData(3, 80), Annotations::coveredText, null, Comparator.comparing(Annotations::coveredText, arabic));
		column(Messages.SuggestionsView_label, SWT.LEFT, new ColumnPixelData(75), suggestion -> suggestion.getLabel().getName(), suggestion -> swatches.of(suggestion.getLabel()),
				Comparator.comparing(suggestion -> suggestion.getLabel().getName()));
		scoreColumn = column(Messages.SuggestionsView_score, SWT.RIGHT, new ColumnPixelData(60), suggestion -> twoDecimals(suggestion.getScore()), null, BY_SCORE);
		column(Messages.SuggestionsView_source, SWT.LEFT, new ColumnWeightData(2, 60), SuggestionsView::source, null, Comparator.comparing(SuggestionsView::source));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer sorted, Object one, Object other) {
				return order.compare((Suggestion) one, (Suggestion) other);
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer filtered, Object parentElement, Object element) {
				return matches((Suggestion) element);
			}
		});
		viewer.addSelectionChangedListener(event -> updateActions());
		// Only the annotator's choice moves the caret, not a selection the view keeps through a refresh.
		viewer.getTable().addListener(SWT.Selection, event -> showInEditor());
		viewer.addOpenListener(event -> acceptSelected());

		contributeActions();
		activeEditor = new ActiveArticleEditor(getSite().getPage(), this::refresh);
		refresh();
	}

	/** @return the table of the listed suggestions, whose elements are {@link Suggestion}s */
	public TableViewer getViewer() {
		return viewer;
	}

	/** @return the field whose text narrows the list */
	public Text getFilterField() {
		return filter;
	}

	/** Accepts the selected suggestions as spans, one undoable change, and selects the row after them. */
	public void acceptSelected() {
		decideSelected(true);
	}

	/** Rejects the selected suggestions, one undoable change, and selects the row after them. */
	public void rejectSelected() {
		decideSelected(false);
	}

	/** Accepts every listed suggestion with a score of at least {@code threshold}, one undoable change. */
	public void acceptFrom(double threshold) {
		decide(listed(suggestion -> suggestion.getScore() >= threshold), true);
	}

	/** Rejects every listed suggestion with a score below {@code threshold}, one undoable change. */
	public void rejectBelow(double threshold) {
		decide(listed(suggestion -> suggestion.getScore() < threshold), false);
	}

	@Override
	public void setFocus() {
		if (!viewer.getControl().setFocus()) {
			book.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (activeEditor != null) {
			activeEditor.dispose();
		}
		super.dispose();
	}

	private TableColumn column(String header, int alignment, ColumnLayoutData width, Function<Suggestion, String> text, Function<Suggestion, Image> image,
			Comparator<Suggestion> columnOrder) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		TableColumn tableColumn = column.getColumn();
		tableColumn.setText(header);
		columns.setColumnData(tableColumn, width);
		column.setLabelProvider(new FunctionLabelProvider<>(Suggestion.class, text, image));
		// The first click sorts ascending, the next ones flip the direction.
		tableColumn.addListener(SWT.Selection, event -> {
			Table table = viewer.getTable();
			sort(tableColumn, table.getSortColumn() != tableColumn || table.getSortDirection() == SWT.DOWN, columnOrder);
		});
		return tableColumn;
	}

	private void contributeActions() {
		acceptSelectedAction.setToolTipText(Messages.SuggestionsView_acceptSelectedTip);
		rejectSelectedAction.setToolTipText(Messages.SuggestionsView_rejectSelectedTip);
		leastConfidentFirstAction.setToolTipText(Messages.SuggestionsView_leastConfidentFirstTip);
		leastConfidentFirstAction.setId(LEAST_CONFIDENT_FIRST_ID);
		IActionBars bars = getViewSite().getActionBars();
		IToolBarManager toolBar = bars.getToolBarManager();
		toolBar.add(suggestItem());
		toolBar.add(acceptSelectedAction);
		toolBar.add(rejectSelectedAction);
		toolBar.add(leastConfidentFirstAction);
		IMenuManager viewMenu = bars.getMenuManager();
		viewMenu.add(acceptAboveAction);
		viewMenu.add(rejectBelowAction);
		MenuManager contextMenu = new MenuManager();
		contextMenu.add(acceptSelectedAction);
		contextMenu.add(rejectSelectedAction);
		contextMenu.add(new Separator());
		contextMenu.add(acceptAboveAction);
		contextMenu.add(rejectBelowAction);
		contextMenu.add(new Separator());
		contextMenu.add(suggestItem());
		contextMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(contextMenu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(contextMenu, viewer);
	}

	/** The editor's Suggest command, which runs on the active article editor. */
	private CommandContributionItem suggestItem() {
		return new CommandContributionItem(new CommandContributionItemParameter(getSite(), SUGGEST_COMMAND, SUGGEST_COMMAND, CommandContributionItem.STYLE_PUSH));
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		ArticleEditor editor = activeEditor.get();
		shareUndo(editor);
		List<Suggestion> pending = editor == null ? List.of() : editor.pendingSuggestions();
		viewer.setInput(pending);
		message.setText(editor == null ? Messages.SuggestionsView_noArticle : NLS.bind(Messages.SuggestionsView_noSuggestions, editor.getArticle().getId()));
		book.showPage(pending.isEmpty() ? message : listArea);
		setContentDescription(pending.isEmpty() ? "" : NLS.bind(Messages.SuggestionsView_listed, viewer.getTable().getItemCount(), pending.size()));
		updateActions();
	}

	/**
	 * Undo and Redo, while this view is active, act on the followed editor, so that a bulk decision
	 * is taken back where it was made; Delete stays Reject Selected.
	 */
	private void shareUndo(ArticleEditor editor) {
		if (editor == undoOf) {
			return;
		}
		undoOf = editor;
		IActionBars bars = getViewSite().getActionBars();
		if (editor == null) {
			bars.clearGlobalActionHandlers();
		} else {
			editor.getAdapter(EditorActions.class).contributeTo(bars);
		}
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), rejectSelectedAction);
		bars.updateActionBars();
	}

	private void updateActions() {
		boolean selected = !viewer.getStructuredSelection().isEmpty();
		acceptSelectedAction.setEnabled(selected);
		rejectSelectedAction.setEnabled(selected);
		boolean listed = viewer.getTable().getItemCount() > 0;
		acceptAboveAction.setEnabled(listed);
		rejectBelowAction.setEnabled(listed);
	}

	/** Sorts by a column, or with none by reading order; ties always in reading order. */
	private void sort(TableColumn column, boolean ascending, Comparator<Suggestion> columnOrder) {
		order = (ascending ? columnOrder : columnOrder.reversed()).thenComparing(READING_ORDER);
		Table table = viewer.getTable();
		table.setSortColumn(column);
		table.setSortDirection(column == null ? SWT.NONE : ascending ? SWT.UP : SWT.DOWN);
		leastConfidentFirstAction.setChecked(column == scoreColumn && ascending);
		viewer.refresh();
	}

	private void leastConfidentFirstToggled() {
		if (leastConfidentFirstAction.isChecked()) {
			sort(scoreColumn, true, BY_SCORE);
		} else {
			sort(null, true, READING_ORDER);
		}
	}

	/** Matches the filter in the text, label or source by their matching keys: ا finds أ, and Latin case does not count. */
	private boolean matches(Suggestion suggestion) {
		return filterKey.isEmpty() || Stream.of(Annotations.coveredText(suggestion), suggestion.getLabel().getName(), source(suggestion))
				.anyMatch(field -> NormalizedText.keyOf(field).contains(filterKey));
	}

	/** Selects the chosen suggestion's text in the editor, without activating it: the keyboard stays in this view. */
	private void showInEditor() {
		ArticleEditor editor = activeEditor.get();
		if (editor != null && viewer.getStructuredSelection().getFirstElement() instanceof Suggestion suggestion) {
			editor.selectSpan(null);
			// Backwards, so that the caret rests at its start, where the editor's Enter and Delete find it.
			editor.getTextWidget().setSelection(suggestion.getEnd(), suggestion.getBegin());
		}
	}

	/**
	 * Decides the selection, then selects the row that took the place of the first decided one, so
	 * that the annotator goes on deciding with the keyboard.
	 */
	private void decideSelected(boolean accept) {
		Table table = viewer.getTable();
		int first = Arrays.stream(table.getSelectionIndices()).min().orElse(-1);
		if (decide(viewer.getStructuredSelection().toList().stream().map(Suggestion.class::cast).toList(), accept) && table.getItemCount() > 0) {
			table.setSelection(Math.min(first, table.getItemCount() - 1));
			updateActions();
			showInEditor();
		}
	}

	/** @return the pending suggestions that pass the filter and {@code test} */
	private List<Suggestion> listed(Predicate<Suggestion> test) {
		ArticleEditor editor = activeEditor.get();
		return editor == null ? List.of() : editor.pendingSuggestions().stream().filter(this::matches).filter(test).toList();
	}

	/** Accepts or rejects the suggestions as one change on the editor's command stack. */
	private boolean decide(List<Suggestion> suggestions, boolean accept) {
		ArticleEditor editor = activeEditor.get();
		if (editor == null || suggestions.isEmpty()) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.SuggestionsView_noneToDecide);
			return false;
		}
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		AnnotationCommands commands = new AnnotationCommands(editor.getEditingDomain());
		return editor.execute(accept ? commands.accept(suggestions) : commands.reject(suggestions));
	}

	/** Asks for a score, starting from the selected suggestion's: "this one and all surer ones" is the usual question. */
	private void askThreshold(String question, DoubleConsumer decision) {
		if (viewer.getStructuredSelection().getFirstElement() instanceof Suggestion selected) {
			threshold = selected.getScore();
		}
		InputDialog dialog = new InputDialog(getSite().getShell(), getPartName(), question, twoDecimals(threshold),
				text -> score(text).isPresent() ? null : Messages.SuggestionsView_notAScore);
		if (dialog.open() == Window.OK) {
			threshold = score(dialog.getValue()).getAsDouble();
			decision.accept(threshold);
		}
	}

	/** @return the score typed, if it is one: a number from 0 to 1 */
	private static OptionalDouble score(String text) {
		try {
			double score = Double.parseDouble(text.strip());
			return score >= 0 && score <= 1 ? OptionalDouble.of(score) : OptionalDouble.empty();
		} catch (NumberFormatException e) {
			return OptionalDouble.empty();
		}
	}

	private static String twoDecimals(double score) {
		return String.format(Locale.ROOT, "%.2f", score);
	}

	private static String source(Suggestion suggestion) {
		return Objects.toString(suggestion.getSource(), "");
	}

	private static Action action(String text, int style, Runnable run) {
		return new Action(text, style) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
