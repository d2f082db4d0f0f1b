package uk.assure.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final LayoutInterceptor layoutInterceptor;

  WebConfiguration(LayoutInterceptor layoutInterceptor) {
    this.layoutInterceptor = layoutInterceptor;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(layoutInterceptor)
        .excludePathPatterns("/api/**", "/v3/**", "/webjars/**", "/css/**", "/js/**");
  }
}
