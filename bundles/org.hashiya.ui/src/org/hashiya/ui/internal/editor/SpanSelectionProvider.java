package org.hashiya.ui.internal.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;

/**
 * Tells the workbench (Properties, Outline) which span the editor has selected, a moment after it
 * changed, once for a run of changes: the workbench re-evaluates every handler and menu item that
 * depends on the selection, which took longer than repainting the added span itself. Like the
 * post-selection of text editors, selecting span after span with Tab announces only where it stops.
 */
public final class SpanSelectionProvider implements ISelectionProvider {

	/** Long enough for the editor to paint first, short enough that the views seem to follow at once. */
	private static final int ANNOUNCE_DELAY_MILLIS = 60;

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final Display display;
	private final Runnable announce = this::announce;
	private ISelection selection = StructuredSelection.EMPTY;
	private ISelection announced = StructuredSelection.EMPTY;

	/** @param display the display whose thread selects spans and announces them */
	public SpanSelectionProvider(Display display) {
		this.display = display;
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	/** Takes {@code newSelection} at once and announces it shortly; the editor calls it after it selected a span or none. */
	@Override
	public void setSelection(ISelection newSelection) {
		selection = newSelection;
		if (!display.isDisposed()) {
			display.timerExec(ANNOUNCE_DELAY_MILLIS, announce);
		}
	}

	private void announce() {
		if (selection.equals(announced)) {
			return;
		}
		announced = selection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		listeners.forEach(listener -> listener.selectionChanged(event));
	}
}
