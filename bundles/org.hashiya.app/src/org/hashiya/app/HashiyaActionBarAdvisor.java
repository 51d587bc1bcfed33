package org.hashiya.app;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** File, Edit, Window and Help menus with the standard workbench actions; editors contribute the rest. */
final class HashiyaActionBarAdvisor extends ActionBarAdvisor {

	HashiyaActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(registered(ActionFactory.SAVE.create(window)));
		file.add(registered(ActionFactory.SAVE_ALL.create(window)));
		file.add(registered(ActionFactory.REVERT.create(window)));
		file.add(registered(ActionFactory.CLOSE.create(window)));
		file.add(registered(ActionFactory.CLOSE_ALL.create(window)));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(registered(ActionFactory.QUIT.create(window)));
		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(registered(ActionFactory.UNDO.create(window)));
		edit.add(registered(ActionFactory.REDO.create(window)));
		edit.add(new Separator());
		edit.add(registered(ActionFactory.DELETE.create(window)));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager windowMenu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		windowMenu.add(registered(ActionFactory.PREFERENCES.create(window)));
		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(registered(ActionFactory.ABOUT.create(window)));
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	private <T extends IAction> T registered(T action) {
		register(action);
		return action;
	}
}
