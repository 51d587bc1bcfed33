package org.hashiya.ui.internal;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.hashiya.model.Label;
import org.hashiya.ui.ArticleEditor;

/**
 * Connects the article editor to the workbench's Undo, Redo, Revert and Delete, so that they work
 * in the Hashiya product and in the Eclipse IDE alike, and runs label hotkeys as commands.
 */
public final class EditorActions {

	private final Action undo;
	private final Action redo;
	private final Action revert;
	private final Action delete;

	public EditorActions(ArticleEditor editor) {
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		StackAction undoAction = new StackAction(Messages.Action_undo, stack::undo) {
			@Override
			void update() {
				setEnabled(stack.canUndo());
				setText(stack.canUndo() ? Messages.Action_undo + ' ' + stack.getUndoCommand().getLabel() : Messages.Action_undo);
			}
		};
		StackAction redoAction = new StackAction(Messages.Action_redo, stack::redo) {
			@Override
			void update() {
				setEnabled(stack.canRedo());
				setText(stack.canRedo() ? Messages.Action_redo + ' ' + stack.getRedoCommand().getLabel() : Messages.Action_redo);
			}
		};
		StackAction revertAction = new StackAction(Messages.Action_revert, editor::revert) {
			@Override
			void update() {
				setEnabled(editor.isDirty());
			}
		};
		for (StackAction action : new StackAction[] { undoAction, redoAction, revertAction }) {
			action.update();
			stack.addCommandStackListener(event -> action.update());
		}
		undo = undoAction;
		redo = redoAction;
		revert = revertAction;
		delete = new Action(Messages.Action_deleteSpan) {
			@Override
			public void run() {
				editor.deleteSelectedSpan();
			}
		};
	}

	/**
	 * Makes the workbench's Undo, Redo, Revert and Delete act on this editor. The action bars are
	 * shared by all article editors, so the contributor calls this whenever one becomes active.
	 */
	public void contributeTo(IActionBars actionBars) {
		actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		actionBars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
		actionBars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		actionBars.updateActionBars();
	}

	/** Applies {@code label} through the Apply Label command, as its key binding would. */
	public static void applyLabel(ArticleEditor editor, Label label, boolean exact) {
		ICommandService commands = editor.getSite().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(CommandIds.APPLY_LABEL),
				Map.of(CommandIds.LABEL_PARAMETER, label.getName(), CommandIds.EXACT_PARAMETER, Boolean.toString(exact)));
		try {
			editor.getSite().getService(IHandlerService.class).executeCommand(command, null);
		} catch (Exception e) {
			HashiyaUiPlugin.log("Applying the label " + label.getName() + " failed", e);
		}
	}

	private abstract static class StackAction extends Action {
		private final Runnable run;

		StackAction(String text, Runnable run) {
			super(text);
			this.run = run;
		}

		abstract void update();

		@Override
		public void run() {
			run.run();
		}
	}
}
