package org.hashiya.ui.internal.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.hashiya.model.Label;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.EditorActions;
import org.hashiya.ui.internal.FunctionLabelProvider;

/**
 * The labels of the active article editor's project, with their keys and how many spans of the
 * shown annotator carry each; clicking a label applies it as its key would.
 */
public final class LabelPaletteView extends ViewPart {

	/** The view id, as registered in plugin.xml. */
	public static final String ID = "org.hashiya.ui.labelPalette";

	private static final String EDIT_LABELS_COMMAND = "org.hashiya.ui.editLabels";
	/** The digit keys apply the first nine labels. */
	private static final int DIGIT_KEYS = 9;

	private final Map<Label, Integer> counts = new HashMap<>();
	private ActiveArticleEditor activeEditor;
	private PageBook book;
	private org.eclipse.swt.widgets.Label noArticle;
	private Composite tableArea;
	private TableViewer viewer;
	private LabelSwatches swatches;

	@Override
	public void createPartControl(Composite parent) {
		book = new PageBook(parent, SWT.NONE);
		noArticle = new org.eclipse.swt.widgets.Label(book, SWT.WRAP);
		noArticle.setText(Messages.LabelPaletteView_noArticle);
		tableArea = new Composite(book, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION);
		swatches = new LabelSwatches(viewer.getControl());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setToolTipText(Messages.LabelPaletteView_howTo);
		column(columns, Messages.LabelPaletteView_label, new ColumnWeightData(2, 80), Label::getName, swatches::of);
		column(columns, Messages.LabelPaletteView_key, new ColumnPixelData(60), this::keys, null);
		column(columns, Messages.LabelPaletteView_spans, new ColumnPixelData(50), label -> String.valueOf(counts.getOrDefault(label, 0)), null);
		column(columns, Messages.LabelPaletteView_description, new ColumnWeightData(5, 120), Label::getDescription, null);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		table.addListener(SWT.MouseUp, this::clicked);
		table.addListener(SWT.KeyDown, this::keyPressed);

		getViewSite().getActionBars().getToolBarManager().add(new CommandContributionItem(
				new CommandContributionItemParameter(getSite(), EDIT_LABELS_COMMAND, EDIT_LABELS_COMMAND, CommandContributionItem.STYLE_PUSH)));
		activeEditor = new ActiveArticleEditor(getSite().getPage(), this::refresh);
		refresh();
	}

	/** @return the table of labels, whose elements are the project's {@link Label}s */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		book.setFocus();
	}

	@Override
	public void dispose() {
		if (activeEditor != null) {
			activeEditor.dispose();
		}
		super.dispose();
	}

	private void column(TableColumnLayout columns, String header, ColumnLayoutData width, Function<Label, String> text, Function<Label, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		columns.setColumnData(column.getColumn(), width);
		column.setLabelProvider(new FunctionLabelProvider<>(Label.class, text, image));
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		ArticleEditor editor = activeEditor.get();
		counts.clear();
		List<Label> labels = List.of();
		if (editor != null) {
			editor.spans().forEach(span -> counts.merge(span.getLabel(), 1, Integer::sum));
			labels = Annotations.labels(editor.getProject());
		}
		if (labels.equals(viewer.getInput())) {
			viewer.refresh();
		} else {
			viewer.setInput(labels);
		}
		book.showPage(editor == null ? noArticle : tableArea);
	}

	private String keys(Label label) {
		String hotkey = label.getHotkey() == null || label.getHotkey().isEmpty() ? null : label.getHotkey();
		int position = ((List<?>) viewer.getInput()).indexOf(label) + 1;
		String digit = position <= DIGIT_KEYS ? String.valueOf(position) : null;
		if (hotkey != null && digit != null) {
			return NLS.bind(Messages.LabelPaletteView_keys, hotkey, digit);
		}
		return hotkey != null ? hotkey : digit == null ? "" : digit;
	}

	/**
	 * Applies the clicked label and gives the keys back to the article, so that the annotator goes
	 * on selecting there; the second click of a double-click would apply it once more.
	 */
	private void clicked(Event event) {
		ArticleEditor editor = activeEditor.get();
		TableItem item = viewer.getTable().getItem(new Point(event.x, event.y));
		if (editor == null || item == null || event.button != 1 || event.count > 1) {
			return;
		}
		EditorActions.applyLabel(editor, (Label) item.getData(), (event.stateMask & SWT.SHIFT) != 0);
		getSite().getPage().activate(editor);
	}

	private void keyPressed(Event event) {
		ArticleEditor editor = activeEditor.get();
		if (editor == null || event.character != SWT.CR || viewer.getStructuredSelection().isEmpty()) {
			return;
		}
		EditorActions.applyLabel(editor, (Label) viewer.getStructuredSelection().getFirstElement(), (event.stateMask & SWT.SHIFT) != 0);
	}
}
