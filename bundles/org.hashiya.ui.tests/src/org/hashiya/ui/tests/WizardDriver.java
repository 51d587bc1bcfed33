package org.hashiya.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;

/**
 * Drives a workbench wizard's page as a person would: fields found by the label before them,
 * buttons by their text, the jobs it starts waited for, the dialogs they open awaited.
 */
final class WizardDriver {

	private static final long TIMEOUT_MILLIS = 60_000;

	private final WizardDialog dialog;

	private WizardDriver(WizardDialog dialog) {
		this.dialog = dialog;
	}

	/** Opens {@code wizard}, initialized with {@code selection}, in a dialog that does not block. */
	static WizardDriver open(IWorkbenchWizard wizard, IStructuredSelection selection) {
		wizard.init(PlatformUI.getWorkbench(), selection);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		SampleWorkspace.processEvents();
		return new WizardDriver(dialog);
	}

	WizardDialog dialog() {
		return dialog;
	}

	/** @return the field that follows the label or button with this text on the page */
	<T extends Control> T fieldAfter(String labelText, Class<T> type) {
		Control[] children = ((Composite) dialog.getCurrentPage().getControl()).getChildren();
		for (int index = 0; index + 1 < children.length; index++) {
			if (children[index] instanceof Label label && label.getText().equals(labelText)
					|| children[index] instanceof Button button && button.getText().equals(labelText)) {
				return type.cast(children[index + 1]);
			}
		}
		throw new AssertionError("no field after " + labelText);
	}

	/** Chooses {@code item} in the combo box after {@code labelText}, as a person picking it would. */
	void choose(String labelText, String item) {
		Combo combo = fieldAfter(labelText, Combo.class);
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, item + " is not offered: " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Modify, new Event());
		SampleWorkspace.processEvents();
	}

	/** Presses Finish, which must be enabled, and waits for the jobs of {@code family} it starts. */
	void finish(Object family) throws InterruptedException {
		Button finish = Widgets.all(dialog.getShell(), Button.class).stream().filter(button -> button.getText().equals(IDialogConstants.FINISH_LABEL))
				.findFirst().orElseThrow();
		assertTrue(finish.isEnabled(), "the page is complete: " + dialog.getCurrentPage().getErrorMessage());
		finish.notifyListeners(SWT.Selection, new Event());
		awaitJobs(family);
	}

	static void awaitJobs(Object family) throws InterruptedException {
		Job.getJobManager().join(family, null);
		SampleWorkspace.processEvents();
	}

	/** @return the dialog titled {@code title}, once it is open */
	static Shell awaitShell(String title) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		Display display = Display.getCurrent();
		while (System.currentTimeMillis() < deadline) {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.getText().equals(title)) {
					return shell;
				}
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes the sleep to look at the shells again
				});
				display.sleep();
			}
		}
		throw new AssertionError("No dialog titled " + title + " within " + TIMEOUT_MILLIS + " ms");
	}

	/** Presses the button with {@code text} in {@code shell}. */
	static void press(Shell shell, String text) {
		Button button = Widgets.all(shell, Button.class).stream().filter(each -> each.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text + " in " + shell.getText()));
		button.notifyListeners(SWT.Selection, new Event());
		SampleWorkspace.processEvents();
	}

	/** @return the texts of the labels in a dialog, joined by new lines */
	static String texts(Shell shell) {
		return String.join("\n", Widgets.all(shell, Label.class).stream().map(Label::getText).toList());
	}
}
