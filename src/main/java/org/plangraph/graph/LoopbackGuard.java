package org.plangraph.graph;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * plangraph listens on loopback unless authentication is configured: the embedded Bolt port and the HTTP port refuse
 * any other address when {@code plangraph.auth.password} is not set.
 */
public final class LoopbackGuard {

	private LoopbackGuard() {
	}

	/**
	 * @param what the port being opened, for the message
	 * @param property the setting that chose the address, for the message
	 * @throws GraphStartupException if {@code host} is not a loopback address and auth is off
	 */
	public static void check(String what, String host, String property, GraphProperties.Auth auth) {
		if (auth.enabled()) {
			return;
		}
		if (host == null || host.isBlank()) {
			throw refusal(what, "all interfaces", property);
		}
		if (!isLoopback(host)) {
			throw refusal(what, host, property);
		}
	}

	static boolean isLoopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static GraphStartupException refusal(String what, String where, String property) {
		return new GraphStartupException("Refusing to open the " + what + " on " + where + " without authentication.",
				"Keep " + property + " on 127.0.0.1, or set plangraph.auth.password (and plangraph.auth.username).",
				null);
	}

}
