import { Controller, Get, HttpStatus, Module, Redirect } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  @Get("endpoint")
  @Redirect("https://example.com/new-endpoint", HttpStatus.MOVED_PERMANENTLY)
  endpoint() {}
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
