package uk.assure.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Gives every page, error pages included, what the shared layout needs: the navigation, the current
 * path and whether demonstration data is being shown.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

  static final List<NavigationItem> NAVIGATION =
      List.of(
          new NavigationItem("/councils", "layout.nav.councils"),
          new NavigationItem("/national", "layout.nav.national"),
          new NavigationItem("/framework", "layout.nav.framework"),
          new NavigationItem("/about", "layout.nav.about"));

  private final ObjectProvider<DemonstrationBanner> demonstration;

  /** Without the setting (in a test of the web layer alone) no demonstration banner is shown. */
  LayoutInterceptor(ObjectProvider<DemonstrationBanner> demonstration) {
    this.demonstration = demonstration;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    request.setAttribute("navigation", NAVIGATION);
    request.setAttribute("currentPath", request.getRequestURI());
    DemonstrationBanner setting = demonstration.getIfAvailable();
    request.setAttribute("demoEnabled", setting != null && setting.shown());
    return true;
  }
}
