package org.hashiya.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.ui.ArticleEditor;

/**
 * The Outline of an article editor: the shown annotator's spans grouped by label, in reading order
 * within each label. Selecting a span selects it in the editor, and the other way round.
 *
 * <p>The tree is virtual, so only the rows in view exist, and it catches up with the editor a
 * moment after the annotator stops, so that labeling in an article with thousands of spans is
 * never slowed down by the Outline.</p>
 */
public final class SpanOutlinePage extends ContentOutlinePage {

	/** How long the editor must be quiet before the Outline catches up, in milliseconds. */
	static final int CATCH_UP_DELAY = 150;
	private static final Comparator<Span> READING_ORDER = Comparator.comparingInt(Span::getBegin).thenComparingInt(Span::getEnd);

	private final ArticleEditor editor;
	private final Runnable spansChanged = () -> catchUpLater(true);
	private final ISelectionChangedListener editorSelectionChanged = event -> catchUpLater(false);
	private final Runnable catchUp = this::catchUp;
	/** The labels that have spans, in the project's order, each with its spans in reading order. */
	private Map<Label, List<Span>> groups = Map.of();
	private Label[] shownLabels = new Label[0];
	private boolean regroup;
	/** Set while this page selects what the editor selected, so that the editor is not told back. */
	private boolean following;
	private LabelSwatches swatches;

	public SpanOutlinePage(ArticleEditor editor) {
		this.editor = editor;
	}

	@Override
	protected int getTreeStyle() {
		return super.getTreeStyle() & ~SWT.MULTI | SWT.SINGLE | SWT.VIRTUAL;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		swatches = new LabelSwatches(viewer.getControl());
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new LazySpansByLabel());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Label label) {
					return NLS.bind(Messages.SpanOutlinePage_label, label.getName(), groups.getOrDefault(label, List.of()).size());
				}
				Span span = (Span) element;
				return NLS.bind(Messages.SpanOutlinePage_span, new Object[] { Annotations.coveredText(span), span.getBegin(), span.getEnd() });
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof Label label ? swatches.of(label) : null;
			}
		});
		viewer.addOpenListener(event -> editor.getSite().getPage().activate(editor));
		group();
		viewer.setInput(editor);
		editor.addChangeListener(spansChanged);
		editor.getSite().getSelectionProvider().addSelectionChangedListener(editorSelectionChanged);
		followEditor();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!following && event.getStructuredSelection().getFirstElement() instanceof Span span && editor.getSelectedSpan().orElse(null) != span) {
			editor.selectSpan(span);
		}
	}

	@Override
	public void dispose() {
		editor.removeChangeListener(spansChanged);
		editor.getSite().getSelectionProvider().removeSelectionChangedListener(editorSelectionChanged);
		super.dispose();
	}

	private void catchUpLater(boolean spansChanged) {
		if (getControl() == null || getControl().isDisposed()) {
			return;
		}
		regroup |= spansChanged;
		getControl().getDisplay().timerExec(CATCH_UP_DELAY, catchUp);
	}

	/** Refreshes the tree in place, so that the groups the annotator opened stay open. */
	private void catchUp() {
		if (getControl() == null || getControl().isDisposed()) {
			return;
		}
		if (regroup) {
			regroup = false;
			group();
			following = true;
			try {
				getTreeViewer().refresh();
			} finally {
				following = false;
			}
		}
		followEditor();
	}

	/** One pass over the spans; they are mostly in reading order already, which the sort takes in linear time. */
	private void group() {
		Map<Label, List<Span>> byLabel = new LinkedHashMap<>();
		Annotations.labels(editor.getProject()).forEach(label -> byLabel.put(label, new ArrayList<>()));
		for (Span span : editor.spans()) {
			List<Span> group = byLabel.get(span.getLabel());
			if (group != null) {
				group.add(span);
			}
		}
		byLabel.values().removeIf(List::isEmpty);
		byLabel.values().forEach(group -> group.sort(READING_ORDER));
		groups = byLabel;
		shownLabels = byLabel.keySet().toArray(Label[]::new);
	}

	private void followEditor() {
		Span selected = editor.getSelectedSpan().orElse(null);
		Object shown = getTreeViewer().getStructuredSelection().getFirstElement();
		if (selected == shown || selected == null && !(shown instanceof Span)) {
			return;
		}
		following = true;
		try {
			TreeItem item = selected == null ? null : itemOf(selected);
			if (item == null) {
				getTreeViewer().setSelection(StructuredSelection.EMPTY);
			} else {
				item.getParentItem().setExpanded(true);
				getTreeViewer().getTree().setSelection(item);
				getTreeViewer().getTree().showItem(item);
			}
		} finally {
			following = false;
		}
	}

	/**
	 * The row of {@code span}, found by its place in the group rather than through the viewer,
	 * whose search for an element visits every row of a virtual tree.
	 */
	private TreeItem itemOf(Span span) {
		int labelIndex = Arrays.asList(shownLabels).indexOf(span.getLabel());
		if (labelIndex < 0) {
			return null;
		}
		List<Span> group = groups.get(span.getLabel());
		int index = Collections.binarySearch(group, span, READING_ORDER);
		if (index < 0) {
			return null;
		}
		while (index > 0 && READING_ORDER.compare(group.get(index - 1), span) == 0) {
			index--;
		}
		while (index < group.size() && group.get(index) != span) {
			index++;
		}
		Tree tree = getTreeViewer().getTree();
		if (index == group.size() || labelIndex >= tree.getItemCount()) {
			return null;
		}
		TreeItem labelItem = tree.getItem(labelIndex);
		return index < labelItem.getItemCount() ? labelItem.getItem(index) : null;
	}

	/** Hands the virtual tree only the rows it asks for. */
	private final class LazySpansByLabel implements ILazyTreeContentProvider {
		@Override
		public void updateElement(Object parent, int index) {
			if (parent instanceof Label label) {
				List<Span> spans = groups.getOrDefault(label, List.of());
				if (index < spans.size()) {
					getTreeViewer().replace(parent, index, spans.get(index));
				}
			} else if (index < shownLabels.length) {
				Label label = shownLabels[index];
				getTreeViewer().replace(parent, index, label);
				getTreeViewer().setChildCount(label, groups.get(label).size());
			}
		}

		@Override
		public void updateChildCount(Object element, int currentChildCount) {
			int count = element instanceof Label label ? groups.getOrDefault(label, List.of()).size() : element instanceof Span ? 0 : shownLabels.length;
			if (count != currentChildCount) {
				getTreeViewer().setChildCount(element, count);
			}
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Span span ? span.getLabel() : element instanceof Label ? editor : null;
		}
	}
}
