package org.hashiya.app;

import org.eclipse.osgi.util.NLS;

/** The application's strings; the texts are in {@code messages.properties}. */
final class Messages extends NLS {

	public static String FirstStart_failedTitle;
	public static String FirstStart_failed;
	public static String FirstStart_cannotCreate;
	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_help;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
