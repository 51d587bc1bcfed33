package org.hashiya.ui.internal.handlers;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;
import org.hashiya.ui.internal.HashiyaUiPlugin;

/**
 * Turns suggesting as soon as an article opens on or off; the menu item shows the preference as
 * a check mark. Off by default, since suggestions make the article need saving.
 */
public final class ToggleSuggestOnOpenHandler extends AbstractHandler implements IElementUpdater {

	static final String COMMAND_ID = "org.hashiya.ui.toggleSuggestOnOpen";

	@Override
	public Object execute(ExecutionEvent event) {
		HashiyaUiPlugin plugin = HashiyaUiPlugin.getDefault();
		plugin.setSuggestingOnOpen(!plugin.isSuggestingOnOpen());
		PlatformUI.getWorkbench().getService(ICommandService.class).refreshElements(COMMAND_ID, null);
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		element.setChecked(HashiyaUiPlugin.getDefault().isSuggestingOnOpen());
	}
}
