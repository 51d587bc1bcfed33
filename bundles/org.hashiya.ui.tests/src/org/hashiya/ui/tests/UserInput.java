package org.hashiya.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.keys.IBindingService;
import org.hashiya.ui.internal.editor.TextBounds;

/**
 * Real mouse and keyboard input, sent to the X server (Xvfb in the build) and waited for until it
 * arrived: it reaches the widgets through GTK and SWT's event dispatch, with the workbench's key
 * bindings, as a person's input does.
 *
 * <p>It goes through the X server ({@link XTest}) rather than {@link Display#post}: SWT 3.128 on
 * GTK 3 puts a posted button event straight into GTK's queue without its screen position, so the
 * widget sees every posted click at the screen's top left corner, and a posted Tab never reaches
 * the widget at all.</p>
 *
 * <p>Under Xvfb there is no window manager, so nothing places, raises or focuses the workbench
 * window on its own: {@link #UserInput(Shell)} puts it on screen and gives it the keyboard.</p>
 */
final class UserInput {

	private static final long TIMEOUT_MILLIS = 10_000;
	/** Input reaches the server at once but comes back to SWT a little later. */
	private static final long SETTLE_MILLIS = 50;
	/** A press shortly after a click would count as its double-click (and select a word). */
	private static long lastMouseUp;

	private final Display display;
	private final Shell shell;

	UserInput(Shell shell) {
		this.shell = shell;
		this.display = shell.getDisplay();
		Rectangle screen = display.getPrimaryMonitor().getClientArea();
		if (!screen.contains(shell.getLocation()) || !screen.contains(shell.getLocation().x + shell.getSize().x - 1, shell.getLocation().y + shell.getSize().y - 1)) {
			shell.setBounds(screen);
		}
		shell.setVisible(true);
		shell.forceActive();
		settle();
		waitUntil(() -> display.getActiveShell() == shell, "the workbench window to become active");
	}

	/** Gives {@code control} (the article text, a field) the keyboard focus, as a click into it would. */
	void focus(Control control) {
		shell.forceActive();
		control.setFocus();
		settle();
		waitUntil(() -> display.getFocusControl() == control, "the keyboard focus to reach " + control);
	}

	/** Clicks the left button at {@code point} (in screen coordinates) over {@code text}. */
	void click(StyledText text, Point point) {
		drag(text, point, point);
	}

	/**
	 * Presses the left button at {@code from}, moves to {@code to} and releases it there (screen
	 * coordinates, over {@code text}), at a person's pace: each step waits for the widget to have
	 * seen it.
	 */
	void drag(StyledText text, Point from, Point to) {
		Point start = checkOver(text, from);
		Point end = checkOver(text, to);
		waitForDoubleClickTimeToPass();
		try (XTest pointer = new XTest()) {
			pointer.move(start.x, start.y);
			pointer.sync();
			settle();
			awaitWhile(() -> send(pointer, () -> pointer.press(1)), SWT.MouseDown, event -> event.widget == text && event.button == 1);
			int steps = Math.max(1, Math.max(Math.abs(end.x - start.x), Math.abs(end.y - start.y)) / 10);
			for (int step = 1; step <= steps; step++) {
				Point next = new Point(start.x + (end.x - start.x) * step / steps, start.y + (end.y - start.y) * step / steps);
				if (!next.equals(start)) {
					awaitWhile(() -> send(pointer, () -> pointer.move(next.x, next.y)), SWT.MouseMove, event -> event.widget == text && text.toDisplay(event.x, event.y).equals(next));
				}
			}
			awaitWhile(() -> send(pointer, () -> pointer.release(1)), SWT.MouseUp, event -> event.widget == text && event.button == 1);
		} catch (IOException e) {
			throw new AssertionError("Cannot reach the X server's pointer: " + e.getMessage(), e);
		}
		lastMouseUp = System.currentTimeMillis();
	}

	/** Types one key: a character such as 'p', '\t', SWT.BS, SWT.DEL, or a key code such as SWT.END. */
	void press(int key) {
		press(SWT.NONE, key);
	}

	/** Types one key while holding {@code modifiers} (SWT.SHIFT, SWT.CTRL, SWT.ALT, combined with |). */
	void press(int modifiers, int key) {
		int[] held = IntStream.of(SWT.CTRL, SWT.ALT, SWT.SHIFT).filter(modifier -> (modifiers & modifier) != 0).toArray();
		int keyCode = (key & SWT.KEYCODE_BIT) != 0 ? key : Character.toLowerCase(key);
		try (XTest keyboard = new XTest()) {
			awaitWhile(() -> send(keyboard, () -> {
				for (int modifier : held) {
					keyboard.key(keysym(modifier), true);
				}
				keyboard.key(keysym(key), true);
				keyboard.key(keysym(key), false);
				for (int index = held.length - 1; index >= 0; index--) {
					keyboard.key(keysym(held[index]), false);
				}
			}), SWT.KeyUp, event -> event.keyCode == keyCode);
		} catch (IOException e) {
			throw new AssertionError("Cannot reach the X server's keyboard: " + e.getMessage(), e);
		}
	}

	/** @return the X keysym of an SWT key: a character, a key code or a modifier */
	private static int keysym(int key) {
		return switch (key) {
		case SWT.SHIFT -> 0xffe1;
		case SWT.CTRL -> 0xffe3;
		case SWT.ALT -> 0xffe9;
		case '\t' -> 0xff09;
		case SWT.BS -> 0xff08;
		case SWT.DEL -> 0xffff;
		case SWT.CR -> 0xff0d;
		case SWT.HOME -> 0xff50;
		case SWT.ARROW_LEFT -> 0xff51;
		case SWT.ARROW_UP -> 0xff52;
		case SWT.ARROW_RIGHT -> 0xff53;
		case SWT.ARROW_DOWN -> 0xff54;
		case SWT.END -> 0xff57;
		default -> {
			if (key < 0x20 || key > 0x7e) {
				throw new IllegalArgumentException("No keysym known for the key " + key);
			}
			yield Character.toLowerCase(key);
		}
		};
	}

	/** Types the key {@code times} times. */
	void press(int modifiers, int key, int times) {
		for (int count = 0; count < times; count++) {
			press(modifiers, key);
		}
	}

	/** Types the key sequence the workbench binds to the command on this platform, in the part's context. */
	void pressBinding(IWorkbenchPartSite site, String commandId) {
		TriggerSequence binding = site.getService(IBindingService.class).getBestActiveBindingFor(commandId);
		assertNotNull(binding, "a key is bound to " + commandId);
		KeyStroke stroke = ((KeySequence) binding).getKeyStrokes()[0];
		int naturalKey = stroke.getNaturalKey();
		press(stroke.getModifierKeys(), Character.isLetter(naturalKey) ? Character.toLowerCase(naturalKey) : naturalKey);
	}

	/** Processes events until {@code condition} holds, failing after a while. */
	void waitUntil(BooleanSupplier condition, String what) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("Waited in vain for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
					// wakes the sleep below
				});
				display.sleep();
			}
		}
		SampleWorkspace.processEvents();
	}

	/** @return the point in display coordinates, checked to be on the screen and inside the text */
	private Point checkOver(StyledText text, Point onDisplay) {
		assertTrue(text.getClientArea().contains(text.toControl(onDisplay)), "the point " + onDisplay + " is outside the text's visible area");
		assertTrue(display.getBounds().contains(onDisplay), "the point " + onDisplay + " is off the screen " + display.getBounds());
		return onDisplay;
	}

	/**
	 * @return where the characters [start, end] of {@code text} are on the screen; x is the left
	 *         edge, as on the screen, also in a right-to-left widget (whose own x grows leftwards)
	 */
	static Rectangle onScreen(StyledText text, int start, int end) {
		Rectangle bounds = TextBounds.of(text, start, end);
		Point one = text.toDisplay(bounds.x, bounds.y);
		Point other = text.toDisplay(bounds.x + bounds.width, bounds.y);
		return new Rectangle(Math.min(one.x, other.x), one.y, bounds.width, bounds.height);
	}

	/** Sends input with {@code sender}, then processes events until one of {@code type} that is {@code awaited} arrived. */
	private void awaitWhile(Runnable sender, int type, Predicate<Event> awaited) {
		boolean[] arrived = new boolean[1];
		Listener filter = event -> arrived[0] |= awaited.test(event);
		display.addFilter(type, filter);
		try {
			sender.run();
			waitUntil(() -> arrived[0], "the posted input to arrive (is the workbench window focused and on screen?)");
		} finally {
			display.removeFilter(type, filter);
		}
		settle();
	}

	private interface PointerAction {
		void run() throws IOException;
	}

	private static void send(XTest pointer, PointerAction action) {
		try {
			action.run();
			pointer.sync();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void waitForDoubleClickTimeToPass() {
		long quiet = lastMouseUp + display.getDoubleClickTime() + 100;
		waitUntil(() -> System.currentTimeMillis() > quiet, "the double-click time to pass");
	}

	/** Lets events that the server sent after the awaited one (modifier releases, repaints) arrive too. */
	private void settle() {
		long until = System.currentTimeMillis() + SETTLE_MILLIS;
		waitUntil(() -> System.currentTimeMillis() > until, "events to settle");
	}

	/** Checks that {@code text}'s selection is [begin, end), with the text in the message when it is not. */
	static void assertSelection(StyledText text, int begin, int end) {
		Point selection = text.getSelection();
		assertEquals(begin + "-" + end + " " + text.getText().substring(begin, end), selection.x + "-" + selection.y + " " + text.getSelectionText(), "selection");
	}
}
