package org.plangraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque page cursors: the sort key of the last item, base64url-encoded with a kind tag, so that a cursor from one
 * list is rejected by another and clients cannot rely on its content. Keys never contain control characters (ids
 * with them are refused), so NUL separates the parts.
 */
final class Cursors {

	private static final String SEPARATOR = "\u0000";

	private Cursors() {
	}

	static String encode(String kind, Object... keys) {
		StringBuilder raw = new StringBuilder(kind);
		for (Object key : keys) {
			raw.append(SEPARATOR).append(key);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The keys of a cursor of this kind; a clear BAD_REQUEST for anything else. */
	static List<String> decode(String kind, int keyCount, String cursor) {
		try {
			if (cursor.length() > 4 * Arguments.MAX_ID_LENGTH) {
				throw new IllegalArgumentException("too long");
			}
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			String[] parts = raw.split(SEPARATOR, -1);
			if (parts.length != keyCount + 1 || !parts[0].equals(kind)) {
				throw new IllegalArgumentException("wrong kind");
			}
			return List.of(parts).subList(1, parts.length);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest(
					"`after` is not a cursor of this list: pass the `endCursor` or an edge `cursor` of a previous page");
		}
	}

}
