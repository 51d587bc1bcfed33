package org.hashiya.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.hashiya.ui.internal.HashiyaUiPlugin;

/** Turns snapping to whole words without proclitics off for character-exact spans, or back on. */
public final class ToggleSnappingHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		HashiyaUiPlugin plugin = HashiyaUiPlugin.getDefault();
		plugin.setSnapping(!plugin.isSnapping());
		return null;
	}
}
