import { Controller, HttpStatus, Module, Post, Redirect } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  @Post("endpoint")
  @Redirect("/endpoint/abc-123", HttpStatus.SEE_OTHER)
  endpoint() {}
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
