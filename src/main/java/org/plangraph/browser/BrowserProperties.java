package org.plangraph.browser;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code plangraph.browser.*}.
 *
 * @param url the address users open plangraph at, as their browser sees it (scheme, host, port); empty means
 * {@code http://localhost:<HTTP port>}. The post-connect commands fetch the style and the guide from there.
 */
@ConfigurationProperties("plangraph.browser")
public record BrowserProperties(String url) {

}
