const http = require("http");
const clientId = "XXX"; // Your API client id (required)
const clientSecret = "YYY"; // Your API client secret (required)
const data = JSON.stringify({
  "message": "Target message",
  "recipient_stat_ids": [
    __USER__
  ]
});
const options = {
  "hostname": "__HOST__",
  "port": __PORT__,
  "path": "/v4/loyalty/loyalty-cards/__CARD__/push-notifications",
  "method": "POST",
  "headers": {
    "x-api-key": clientId,
    "x-api-secret": clientSecret,
    "Content-Type": "application/json",
    "Content-Length": data.length
  }
};
const request = http.request(options, (response) => {
  console.log(`statusCode: ${response.statusCode}`);
  response.on("data", (d) => {
    process.stdout.write(d);
  });
});
request.write(data);
request.end();
