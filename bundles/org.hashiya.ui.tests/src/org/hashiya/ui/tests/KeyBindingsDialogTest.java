package org.hashiya.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.hashiya.ui.ArticleEditor;
import org.hashiya.ui.internal.labels.KeyBindingsDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyBindingsDialogTest {

	private static final String NO_KEY = "\u2014";

	private SampleWorkspace workspace;
	private ArticleEditor editor;
	private KeyBindingsDialog dialog;

	@BeforeEach
	void openAnArticle() throws IOException, CoreException {
		workspace = SampleWorkspace.create();
		editor = workspace.open(SampleWorkspace.ARTICLE_000);
	}

	@AfterEach
	void closeEverythingAndDeleteTheProject() throws CoreException, IOException {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		workspace.dispose();
	}

	@Test
	void everyHashiyaCommandIsListedWithItsKey() {
		open();

		assertEquals("Tab", keysOf("Select Next Span"));
		assertEquals("Shift+Tab", keysOf("Select Previous Span"));
		assertEquals("F1", keysOf("Hashiya Key Bindings"));
		assertNotEquals(NO_KEY, keysOf("Apply Label"));
		ICommandService commands = editor.getSite().getService(ICommandService.class);
		long hashiyaCommands = Arrays.stream(commands.getDefinedCommands()).filter(command -> {
			try {
				return KeyBindingsDialog.CATEGORY.equals(command.getCategory().getId());
			} catch (Exception e) {
				return false;
			}
		}).count();
		assertEquals(hashiyaCommands, rows().stream().skip(1).takeWhile(row -> !isHeading(row)).count());
	}

	@Test
	void theWorkbenchUndoAndSaveAreListedWithTheirKeys() {
		open();

		assertNotEquals(NO_KEY, keysOf("Undo"));
		assertNotEquals(NO_KEY, keysOf("Save"));
	}

	@Test
	void eachLabelIsListedWithItsLetterAndDigit() {
		open();

		assertEquals("P, 1", keysOf(action -> action.startsWith("Apply PER")));
		assertEquals("O, 2", keysOf(action -> action.startsWith("Apply ORG")));
		assertEquals("L, 3", keysOf(action -> action.startsWith("Apply LOC")));
		assertEquals("D, 4", keysOf(action -> action.startsWith("Apply DATE")));
		assertTrue(rows().stream().anyMatch(row -> row.getText(0).equals("Shift+letter")), "no row for Shift and a letter");
	}

	@Test
	void aKeyTheUserBoundInThePreferencesIsShown() throws Exception {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Binding[] original = bindings.getBindings();
		KeySequence userKey = KeySequence.getInstance("M1+M2+M3+J");
		try {
			bindUserKey(bindings, original, userKey);

			open();

			List<String> keys = List.of(keysOf("Select Next Span").split(", "));
			assertTrue(keys.contains(userKey.format()), "keys shown: " + keys);
			assertTrue(keys.contains("Tab"), "keys shown: " + keys);
		} finally {
			bindings.savePreferences(bindings.getActiveScheme(), original);
		}
	}

	@Test
	void escapeClosesTheSheet() {
		open();

		dialog.getShell().traverse(SWT.TRAVERSE_ESCAPE);

		assertEquals(null, dialog.getShell());
		assertEquals(Window.CANCEL, dialog.getReturnCode());
	}

	private void open() {
		dialog = new KeyBindingsDialog(workspace.page().getWorkbenchWindow().getShell(), editor.getSite(), editor.getProject().project());
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	private void bindUserKey(IBindingService bindings, Binding[] original, KeySequence key) throws Exception {
		ICommandService commands = editor.getSite().getService(ICommandService.class);
		ParameterizedCommand selectNext = new ParameterizedCommand(commands.getCommand("org.hashiya.ui.selectNextSpan"), null);
		Binding[] changed = Arrays.copyOf(original, original.length + 1);
		changed[original.length] = new KeyBinding(key, selectNext, bindings.getActiveScheme().getId(), ArticleEditor.CONTEXT_ID, null, null, null, Binding.USER);
		bindings.savePreferences(bindings.getActiveScheme(), changed);
	}

	private List<TableItem> rows() {
		return Arrays.asList(table().getItems());
	}

	private boolean isHeading(TableItem row) {
		return row.getText(1).isEmpty() && !row.getText(0).isEmpty();
	}

	private String keysOf(String action) {
		return keysOf(action::equals);
	}

	private String keysOf(Predicate<String> action) {
		return rows().stream().filter(row -> action.test(row.getText(1))).map(row -> row.getText(0)).findFirst()
				.orElseThrow(() -> new AssertionError("no such action in " + rows().stream().map(row -> row.getText(0) + " = " + row.getText(1)).toList()));
	}

	private Table table() {
		return find(dialog.getShell());
	}

	private static Table find(Control control) {
		if (control instanceof Table table) {
			return table;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Table found = find(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
