package org.hashiya.ui.internal.views;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetSorter;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.hashiya.core.editing.AnnotationCommands;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.ui.ArticleEditor;

/**
 * The Properties of the span selected in an article editor. The label and the note can be changed
 * here; the change is a command on the editor's stack, so Undo takes it back.
 */
public final class SpanPropertySheetPage extends PropertySheetPage {

	private enum Property {
		LABEL, BEGIN, END, TEXT, ANNOTATOR, ORIGIN, NOTE
	}

	private final ArticleEditor editor;
	private final AnnotationCommands commands;
	private final Runnable spansChanged = this::refreshShown;

	public SpanPropertySheetPage(ArticleEditor editor) {
		this.editor = editor;
		commands = new AnnotationCommands(editor.getEditingDomain());
		setPropertySourceProvider(object -> object instanceof Span span ? new SpanProperties(span) : null);
		// Keeps the properties in the order of Property rather than alphabetical; Java's object sort is stable.
		setSorter(new PropertySheetSorter() {
			@Override
			public int compare(IPropertySheetEntry first, IPropertySheetEntry second) {
				return 0;
			}
		});
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		editor.addChangeListener(spansChanged);
	}

	@Override
	public void dispose() {
		editor.removeChangeListener(spansChanged);
		super.dispose();
	}

	/** Shows a change made elsewhere (the editor, Undo) to the span on display. */
	private void refreshShown() {
		if (getControl() != null && !getControl().isDisposed()) {
			refresh();
		}
	}

	private static String originName(SpanOrigin origin) {
		return switch (origin) {
		case MANUAL -> Messages.SpanOrigin_manual;
		case ACCEPTED_SUGGESTION -> Messages.SpanOrigin_acceptedSuggestion;
		case IMPORTED -> Messages.SpanOrigin_imported;
		};
	}

	private final class SpanProperties implements IPropertySource {

		private final Span span;

		SpanProperties(Span span) {
			this.span = span;
		}

		@Override
		public Object getEditableValue() {
			return span;
		}

		/** A span that was deleted (or whose creation was undone) has nothing left to show. */
		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			if (span.eContainer() == null) {
				return new IPropertyDescriptor[0];
			}
			String[] labelNames = Annotations.labels(editor.getProject()).stream().map(Label::getName).toArray(String[]::new);
			return new IPropertyDescriptor[] { new ComboBoxPropertyDescriptor(Property.LABEL, Messages.SpanProperties_label, labelNames),
					new PropertyDescriptor(Property.BEGIN, Messages.SpanProperties_begin),
					new PropertyDescriptor(Property.END, Messages.SpanProperties_end),
					new PropertyDescriptor(Property.TEXT, Messages.SpanProperties_text),
					new PropertyDescriptor(Property.ANNOTATOR, Messages.SpanProperties_annotator),
					new PropertyDescriptor(Property.ORIGIN, Messages.SpanProperties_origin),
					new TextPropertyDescriptor(Property.NOTE, Messages.SpanProperties_note) };
		}

		/** The label is the index of a name in the combo box's list, as ComboBoxPropertyDescriptor expects. */
		@Override
		public Object getPropertyValue(Object id) {
			return switch ((Property) id) {
			case LABEL -> Annotations.labels(editor.getProject()).indexOf(span.getLabel());
			case BEGIN -> span.getBegin();
			case END -> span.getEnd();
			case TEXT -> Annotations.coveredText(span);
			case ANNOTATOR -> ((AnnotationSet) span.eContainer()).getAnnotator().getName();
			case ORIGIN -> originName(span.getOrigin());
			case NOTE -> span.getNote() == null ? "" : span.getNote();
			};
		}

		@Override
		public void setPropertyValue(Object id, Object value) {
			if (id == Property.LABEL) {
				List<Label> labels = Annotations.labels(editor.getProject());
				int index = (Integer) value;
				if (index >= 0 && index < labels.size() && labels.get(index) != span.getLabel()) {
					editor.execute(commands.relabel(List.of(span), labels.get(index)));
				}
			} else if (id == Property.NOTE && !value.equals(getPropertyValue(id))) {
				editor.execute(commands.setNote(span, (String) value));
			}
		}

		@Override
		public boolean isPropertySet(Object id) {
			return false;
		}

		@Override
		public void resetPropertyValue(Object id) {
			// No property has a default to go back to.
		}
	}
}
