#!/usr/bin/env node
"use strict";var kU=Object.create;var Nm=Object.defineProperty;var $U=Object.getOwnPropertyDescriptor;var LU=Object.getOwnPropertyNames;var UU=Object.getPrototypeOf,MU=Object.prototype.hasOwnProperty;var c=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var Rt=(t,e)=>{for(var r in e)Nm(t,r,{get:e[r],enumerable:!0})},FU=(t,e,r,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let n of LU(e))!MU.call(t,n)&&
n!==r&&Nm(t,n,{get:()=>e[n],enumerable:!(o=$U(e,n))||o.enumerable});return t};var jo=(t,e,r)=>(r=t!=null?kU(UU(t)):{},FU(e||!t||!t.__esModule?Nm(r,"default",{value:t,enumerable:!0}):r,t));function ti(t,e=80){let r=Array.from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(WU,n=>`\\u${n.
charCodeAt(0).toString(16).padStart(4,"0")}`)}function tc(t){return t instanceof j?{message:t.message,exitCode:2}:t instanceof ao?{message:t.message,hint:t.hint,
exitCode:t.exitCode}:{message:t instanceof Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var j,ao,yr,Sr,st,ec,vr,WU,Dt=c(()=>{"use strict";j=class extends Error{constructor(r,o,n){
super(`${r}: ${ti(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},ao=class extends Error{constructor(r,o,n){super(r,n);this.
hint=o;this.name="DeliveryError"}hint;exitCode=1},yr=class extends ao{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},Sr=class extends ao{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},st=class extends ao{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},ec=class extends ao{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},vr=class extends ao{constructor(e,r){
super(e,r),this.name="DockerError"}},WU=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g});function ri(t,e,r){if(r)throw new j(t,e,r)}function aM(t,e){if(/^(true|1)$/i.test(e))return!0;if(/^(false|0)$/i.test(e))return!1;throw new j(t,e,"is not a boole\
an: use true or false")}function Wx(t,e,r,o){let n=/^\d{1,6}$/.test(e)?Number(e):NaN;if(!(n>=r&&n<=o))throw new j(t,e,`is not a whole number from ${r} to ${o}`);
return n}function qx(t,e,r){let o=e.toUpperCase();if(!r.includes(o))throw new j(t,e,`is not one of ${r.join(", ")}`);return o}function Jx(t,e){return t.split(e?
/[\n,]/:/\n/).map(r=>r.replace(/\r$/,"").trim()).filter(r=>r!=="")}function cM(t){let e=Jx(t,!0);for(let r of e)ri("tags",r,br.tag(r));if(e.length>100)throw new j(
"tags",t,"lists more than 100 tags");return[...new Set(e)]}function pM(t){let e=Jx(t,!1);for(let r of e)if(!eM.test(r))throw new j("build-args",r,"is not `KEY=V\
ALUE` with KEY made of letters, digits and `_`");return e}function Mm(t,e){if(!(0,co.existsSync)(e)||!(0,co.statSync)(e).isFile())throw new j(t,e,"is not a read\
able file");return e}function Kx(t,e){Mm(t,e);try{JSON.parse((0,co.readFileSync)(e,"utf8"))}catch{throw new j(t,e,"does not contain valid JSON")}return e}function ni(t,e="\
deliver"){let r=X=>{let ae=oi.find(J=>J.name===X);if(!ae)throw new Error(`unknown option ${X}`);let Ie=t(X),ce=Ie===void 0||Ie.trim()===""?void 0:ae.type==="lis\
t"?Ie:Ie.trim();if(ce!==void 0){let J=ae.type==="list"?iM:sM;if(ce.length>J)throw new j(X,ce,`is longer than ${J} characters`);if((ae.type==="list"?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:
/[\x00-\x1f\x7f]/).test(ce))throw new j(X,ce,"contains control characters")}return ce??ae.default},o=(X,ae,Ie)=>{let ce=r(X);if(ce!==void 0&&!ae.test(ce))throw new j(
X,ce,Ie);return ce},n=X=>aM(X,r(X)),s=r("repository")??(e==="login"?"":void 0);if(s===void 0)throw new j("repository","","is required: the ECR repository to del\
iver to");s!==""&&ri("repository",s,br.repository(s));let i=r("aws-region");i!==void 0&&ri("aws-region",i,br.region(i));let a=o("role-to-assume",XU,"is not an I\
AM role ARN like `arn:aws:iam::123456789012:role/name`"),p=o("audience",nM,"is not a valid audience: 1\u2013256 printable characters, no spaces"),l=r("web-ident\
ity-token-file"),u=r("role-session-name");u!==void 0&&ri("role-session-name",u,br.sessionName(u));let d=Wx("role-duration-seconds",r("role-duration-seconds"),900,
43200),f=o("registry-id",/^\d{12}$/,"is not an AWS account id (12 digits)"),g=qx("encryption-type",r("encryption-type"),["AES256","KMS"]),h=o("kms-key",QU,"is n\
ot a KMS key ARN, key id or `alias/\u2026`");if(h!==void 0&&g!=="KMS")throw new j("kms-key",h,"needs `encryption-type: KMS`");let S=r("lifecycle-policy"),y=r("r\
epository-policy"),E=o("image",rM,"is not a local image reference like `name:tag` or an image id"),w=r("context"),I=r("dockerfile"),P=n("skip-existing"),D=r("pl\
atform");if(D!==void 0){for(let X of D.split(",").map(ae=>ae.trim()))if(!ZU.test(X))throw new j("platform",D,"is not a comma-separated list of `os/arch[/variant\
]`")}let k=r("commit-sha")?.toLowerCase();k!==void 0&&ri("commit-sha",k,br.commitSha(k));let z=r("build-args"),Ae=r("tags"),Ue={repository:s,awsRegion:i,roleToAssume:a,
audience:p,webIdentityTokenFile:l===void 0?void 0:Mm("web-identity-token-file",l),roleSessionName:u,roleDurationSeconds:d,registryId:f,createRepository:n("creat\
e-repository"),imageTagMutability:qx("image-tag-mutability",r("image-tag-mutability"),["MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"]),scanOnPush:n("scan-on-\
push"),encryptionType:g,kmsKey:h,lifecyclePolicy:S===void 0?void 0:Kx("lifecycle-policy",S),repositoryPolicy:y===void 0?void 0:Kx("repository-policy",y),context:w,
dockerfile:I,buildArgs:z===void 0?[]:pM(z),target:o("target",tM,"is not a build stage name"),platform:D,cache:n("cache"),provenance:n("provenance"),image:E,commitSha:k,
tags:Ae===void 0?[]:cM(Ae),skipExisting:P,push:n("push"),timeoutSeconds:Wx("timeout-seconds",r("timeout-seconds"),1,86400)};return e==="deliver"&&lM(Ue),Ue}function lM(t){
if(t.image!==void 0){for(let e of["dockerfile","target","platform","build-args"])if(e==="build-args"?t.buildArgs.length>0:t[e]!==void 0)throw new j(e,String(e===
"build-args"?t.buildArgs.join(`
`):t[e]),"cannot be combined with `image` (nothing is built)");return}t.skipExisting||Fm(t)}function Fm(t){if(!(0,co.existsSync)(t.context)||!(0,co.statSync)(t.
context).isDirectory())throw new j("context",t.context,"is not a directory");Mm("dockerfile",Hm(t))}function Hm(t){return t.dockerfile??`${t.context.replace(/\/+$/,
"")}/Dockerfile`}var co,Um,oi,rc,po,oc,qU,KU,JU,XU,YU,QU,ZU,eM,tM,rM,oM,nM,sM,iM,br,Jr=c(()=>{"use strict";co=require("node:fs");Dt();Um="sts.amazonaws.com",oi=
[{name:"repository",type:"string",required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AWS call."},{name:"\
aws-region",type:"string",defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry."},{name:"role-to-assume",type:"string",defaultText:"\
none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",type:"\
string",default:Um,description:"Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},{name:"web-identity-token-file",type:"path",defaultText:"\
`AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",type:"string",defaultText:"deri\
ved from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},{name:"role-duration-seco\
nds",type:"integer",default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{name:"registry-id",type:"string",defaultText:"the\
 caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes."},{name:"create-repository",type:"boolean",default:"tru\
e",description:"Create the repository when it is missing."},{name:"image-tag-mutability",type:"enum",default:"MUTABLE",values:["MUTABLE","IMMUTABLE","IMMUTABLE_\
WITH_EXCLUSION"],description:"Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"s\
can-on-push",type:"boolean",default:"true",description:"Scan on push, for a created repository."},{name:"encryption-type",type:"enum",default:"AES256",values:["\
AES256","KMS"],description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-key",type:"string",description:"KMS key ARN, id\
 or alias, with `encryption-type: KMS`."},{name:"lifecycle-policy",type:"path",description:"Path to a lifecycle policy JSON file, applied to the repository."},{
name:"repository-policy",type:"path",description:"Path to a repository policy JSON file, applied to the repository."},{name:"context",type:"path",default:".",description:"\
Build context directory."},{name:"dockerfile",type:"path",defaultText:"`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",type:"lis\
t",description:"Build arguments, newline-separated `KEY=VALUE`."},{name:"target",type:"string",description:"Build stage to build."},{name:"platform",type:"strin\
g",description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"cache",type:"boolean",default:"false",description:"BuildKit registry c\
ache kept in the same ECR repository (needs buildx)."},{name:"provenance",type:"boolean",default:"false",description:"BuildKit provenance/SBOM attestations (nee\
ds buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",type:"string",description:"Push \
this existing local image instead of building."},{name:"commit-sha",type:"string",defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else\
 `git rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",type:"list",description:"Extra tags, newline- or com\
ma-separated; the commit SHA tag is always applied."},{name:"skip-existing",type:"boolean",default:"false",description:"When the SHA tag already exists in ECR: \
no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",type:"boolean",default:"true",description:"Push to ECR; `\
false` builds and tags only (pull-request builds)."},{name:"timeout-seconds",type:"integer",default:"3600",description:"Upper bound on the whole run (AWS calls,\
 build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."}],
rc=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-name","role-duration-seconds","registry-id"],po=[{name:"registry",description:"\
Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"Repository URI, `<registry>/<reposi\
tory>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"Digest (`sha256:\u2026`) of the\
 pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",description:"Tags applied, comm\
a-separated, the SHA first."},{name:"pushed",description:"`true`, or `false` when nothing was uploaded (skip-existing hit, immutable SHA already there, or push:\
 false)."}],oc=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,qU=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,KU=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,
JU=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,XU=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,YU=/^[\w+=,.@-]{2,64}$/,QU=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
ZU=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,eM=/^[A-Za-z_][A-Za-z0-9_]*=/,tM=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,rM=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
oM=/^[0-9a-f]{40}$/,nM=/^[\x21-\x7e]{1,256}$/,sM=4096,iM=65536,br={repository:t=>t.length>=2&&t.length<=256&&qU.test(t)?void 0:"is not a valid ECR repository na\
me: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:t=>JU.test(t)?void 0:"is not an AWS region name like `\
eu-west-1`",tag:t=>KU.test(t)?void 0:"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`",commitSha:t=>oM.test(t)?void 0:"is not a full commit SHA (4\
0 hex characters)",sessionName:t=>YU.test(t)?void 0:"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"}});function RM(t=1/0){let e=Math.max(1e3,Math.min(EM,Math.floor(t/3)));return{connectionTimeout:Math.min(SM,e),requestTimeout:e}}function nc(t,e,r){return{region:t,
credentials:e,retryMode:"adaptive",maxAttempts:Zx,requestHandler:{...RM(r?.ms),throwOnRequestTimeout:!0}}}function sc(t){let e=t??{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.
test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.
test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:n,throttled:o}}function ic(t,e){return e?`AWS kept throttling ${t} for longer than ${Zx} att\
empts with backoff: re-run later, spread out concurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: \
check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}function Un(t,e,r){return t?t.
watch(e,r):r()}var Zx,SM,EM,xM,ii,ai=c(()=>{"use strict";Dt();Zx=5,SM=5e3,EM=3e4,xM=2e3;ii=class{constructor(e){this.seconds=e;this.expired=new Promise((r,o)=>{
this.timer=setTimeout(()=>{o(new ec(e,[...new Set(this.waiting)])),this.controller.abort(),setTimeout(()=>process.exit(process.exitCode||1),xM).unref()},e*1e3)}),
this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;expired;get ms(){return this.seconds*1e3}get signal(){return this.controller.
signal}async bound(e){try{return await Promise.race([e(),this.expired])}finally{clearTimeout(this.timer)}}async watch(e,r){this.controller.signal.throwIfAborted(),
this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.waiting.indexOf(e),1)}}}});function nR(t){if(t.platform)return"platform";if(t.cache)return"cache";if(t.provenance)return"provenance"}function wM(t,e,r){let o=e?["buildx","build"]:["build"];
o.push("--file",rR(t.dockerfile));for(let n of t.tags)o.push("--tag",n);for(let[n,s]of Object.entries(t.labels))o.push("--label",`${n}=${s}`);for(let n of t.buildArgs)
o.push("--build-arg",n);return t.target&&o.push("--target",t.target),e&&(t.platform&&o.push("--platform",t.platform),o.push("--provenance",t.provenance?"mode=ma\
x":"false"),t.provenance&&o.push("--sbom","true"),t.cache&&(o.push("--cache-from",`type=registry,ref=${t.cache.ref}`),t.cache.write&&o.push("--cache-to",`type=r\
egistry,ref=${t.cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`)),o.push(t.pushFromBuilder?"--push":"--load"),r&&o.push("--metadata-file",r)),o.push(
rR(t.context)),o}function IM(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}function Wo(t){let e=o=>o.split(`
`).map(n=>n.trim()).filter(n=>n&&!TM.test(n)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var Mn,oR,Bm,eR,_M,tR,rR,qo,TM,Gm=c(()=>{"use strict";Mn=require("node:fs"),oR=require("node:os"),Bm=require("node:path");ai();Dt();eR=3,_M=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
tR=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,rR=t=>t.startsWith(
"-")?`./${t}`:t;qo=class{constructor(e,r,o){this.runner=e;this.reporter=r;this.deadline=o}runner;reporter;deadline;run(e,r,o){return Un(this.deadline,`docker ${r[0]===
"buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,o))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0})}catch{
throw new yr("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image wit\
h setup_remote_docker)")}if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new yr(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.buildx}async login(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new vr(`docker login to ${e.host}\
 failed: ${Wo(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r?(0,Mn.mkdtempSync)((0,Bm.join)(
(0,oR.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,Bm.join)(o,"metadata.json"):void 0;try{let s=await this.run("docker",wM(e,r,n),{output:this.reporter.output});if(s.
code!==0)throw new vr(`docker ${r?"buildx build":"build"} failed (exit ${s.code}): ${Wo(s)}`,e.cache?"a registry cache needs a buildx builder with the docker-co\
ntainer driver (GitHub: docker/setup-buildx-action)":void 0);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,Mn.readFileSync)(n,"utf8"))["containerimage.diges\
t"]}finally{o&&(0,Mn.rmSync)(o,{recursive:!0,force:!0})}}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});if(o.code!==0)throw new vr(
`docker tag ${e} ${r} failed: ${Wo(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run("docker",["push",e],{output:this.reporter.output}),i=`${s.
stdout}
${s.stderr}`;if(s.code===0){let a=IM(i);if(!a)throw new vr(`docker push ${e} printed no digest`);return a}if(tR.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${Wo(s)}); logging in again`),await r();continue}if(tR.test(i))throw new vr(`docker push ${e} was refused after a fresh login: ${Wo(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!_M.test(
i)||n>=eR)throw new vr(`docker push ${e} failed after ${n} attempt(s): ${Wo(s)}`);this.reporter.warning(`docker push failed (${Wo(s)}); retrying (${n}/${eR-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}},TM=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/});var ac,Nt,sR=c(()=>{ac={warningEmitted:!1},Nt=t=>{if(t&&!ac.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){ac.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(ac.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function Y(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var iR=c(()=>{});function Hr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var aR=c(()=>{});var AM,kt,cR=c(()=>{AM=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",kt=(t,e)=>{if(AM()&&typeof t?.handle!="functi\
on")return e}});var li,zm=c(()=>{li=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var Fn,cc,Hn=c(()=>{zm();Fn=(t,e=0,r=t.byteLength-e)=>{if(!li(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},cc=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var CM,Oe,pR=c(()=>{Hn();CM=/^[A-Za-z0-9+/]*={0,2}$/,Oe=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!CM.exec(t))throw new TypeError(
"Invalid base64 string.");let e=cc(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var de,pc=c(()=>{Hn();de=t=>{let e=cc(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var Te,lR=c(()=>{Hn();pc();Te=t=>{let e;if(typeof t=="string"?e=de(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return Fn(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function uR(t,e,r,o){return class lc extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?lc.mutate(o(s)):lc.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,lc.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var dR=c(()=>{});var pe,mR=c(()=>{Hn();pe=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error(
"@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return Fn(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function fR(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,Ye[e[0]]+Ye[e[1]]+Ye[e[2]]+Ye[e[3]]+"-"+Ye[e[4]]+Ye[e[5]]+"-"+Ye[e[6]]+Ye[e[7]]+"-"+Ye[e[8]]+Ye[e[9]]+"-"+Ye[e[10]]+Ye[e[11]]+Ye[e[12]]+Ye[e[13]]+
Ye[e[14]]+Ye[e[15]]}}var Ye,gR=c(()=>{Ye=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Ko,hR=c(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Ko||(Ko={}))});var Xr,yR=c(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Xr||(Xr={}))});var SR=c(()=>{yR()});var Pr,ER=c(()=>{Pr="__smithy_context"});var Br,xR=c(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Br||(Br={}))});var Gr=c(()=>{hR();SR();ER();xR()});var le,RR=c(()=>{Gr();le=t=>t[Pr]||(t[Pr]={})});function $(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var jm=c(()=>{});function vM(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var Z,_R=c(()=>{Z=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=vM(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var it,wR=c(()=>{it=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var bM,zr,IR=c(()=>{bM=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),zr=(t,e=!1)=>{if(!e)return bM.test(t);let r=t.split(".");for(let o of r)if(!zr(o))return!1;
return!0}});function Vm(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var TR=c(()=>{});var re,AR=c(()=>{re=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function CR(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var vR=c(()=>{});var Ce,Wm=c(()=>{vR();Ce=t=>{if(typeof t=="string")return Ce(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=CR(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var lo,bR=c(()=>{jm();Wm();lo=t=>{if(typeof t=="object"){if("url"in t){let e=Ce(t.url);if(t.headers){e.headers={};for(let r in t.headers)$(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return Ce(t)}});var oe=c(()=>{RR();jm();_R();wR();IR();TR();AR();Wm();bR()});var qm,PM,PR,OM,OR,DR,NR,DM,kR,$R,NM,uc,Bn,LR,kM,$M,UR=c(()=>{qm=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&$M.warn(kM(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
PM=Math.ceil(2**127*(2-2**-23)),PR=t=>{let e=qm(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>PM)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},OM=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},OR=
t=>NR(t,16),DR=t=>NR(t,8),NR=(t,e)=>{let r=OM(t);if(r!==void 0&&DM(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},DM=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},kR=t=>qm(typeof t=="string"?uc(t):t),$R=t=>PR(typeof t=="string"?
uc(t):t),NM=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,uc=t=>{let e=t.match(NM);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Bn=t=>OR(typeof t=="string"?uc(t):t),LR=t=>DR(typeof t=="string"?uc(t):t),kM=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),$M={warn:console.warn}});function Jo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),p=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,u=i<10?`0${i}`:`${i}`,d=a<10?`0${a}`:`${a}`;return`${LM[o]}, ${p} ${Jm[r]} ${e} ${l}:${u}:${d} GMT`}var LM,Jm,UM,Xm,MM,Ym,FM,HM,BM,
di,Qm,ui,GM,zM,jM,Km,VM,WM,qM,jr,KM,JM,Gn,MR=c(()=>{UR();LM=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Jm=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];UM=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),Xm=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=UM.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,p,l]=e,u=Bn(Gn(
o)),d=jr(n,"month",1,12),f=jr(s,"day",1,31);return ui(u,d,f,{hours:i,minutes:a,seconds:p,fractionalMilliseconds:l})},MM=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
Ym=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=MM.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,p,l,u]=e,d=Bn(Gn(o)),f=jr(n,"month",1,12),g=jr(s,"day",1,31),h=ui(d,f,g,{hours:i,minutes:a,seconds:p,fractionalMilliseconds:l});
return u.toUpperCase()!="Z"&&h.setTime(h.getTime()-JM(u)),h},FM=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
HM=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
BM=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
di=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=FM.exec(t);if(e){let[r,o,n,s,i,a,p,
l]=e;return ui(Bn(Gn(s)),Km(n),jr(o,"day",1,31),{hours:i,minutes:a,seconds:p,fractionalMilliseconds:l})}if(e=HM.exec(t),e){let[r,o,n,s,i,a,p,l]=e;return jM(ui(GM(
s),Km(n),jr(o,"day",1,31),{hours:i,minutes:a,seconds:p,fractionalMilliseconds:l}))}if(e=BM.exec(t),e){let[r,o,n,s,i,a,p,l]=e;return ui(Bn(Gn(l)),Km(o),jr(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:p})}throw new TypeError("Invalid RFC-7231 date-time value")},Qm=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=kR(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},ui=(t,e,r,o)=>{let n=e-1;return WM(t,n,r),new Date(Date.UTC(t,n,r,jr(o.hours,"hour",0,23),jr(o.minutes,"\
minute",0,59),jr(o.seconds,"seconds",0,60),KM(o.fractionalMilliseconds)))},GM=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Bn(Gn(t));return r<e?
r+100:r},zM=50*365*24*60*60*1e3,jM=t=>t.getTime()-new Date().getTime()>zM?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,Km=t=>{let e=Jm.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},VM=[31,28,
31,30,31,30,31,31,30,31,30,31],WM=(t,e,r)=>{let o=VM[e];if(e===1&&qM(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Jm[e]} in ${t}: ${r}`)},qM=t=>t%4===0&&
(t%100!==0||t%400===0),jr=(t,e,r,o)=>{let n=LR(Gn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},KM=t=>t==null?0:
$R("0."+t)*1e3,JM=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},Gn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var at,FR=c(()=>{at=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};at.from=t=>t&&typeof t=="object"&&(t instanceof at||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?at(String(t)):
at(JSON.stringify(t));at.fromObject=at.from});function Zm(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var HR=c(()=>{});function Yr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var ef,tf,rf,BR,GR,XM,YM,QM,ZM,eF,tF,of,nf,sf,zR=c(()=>{ef=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",tf="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",rf="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",BR="(\
\\d?\\d)",GR="(\\d{4})",XM=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),YM=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
QM=new RegExp(`^${ef}, ${BR} ${tf} ${GR} ${rf} GMT$`),ZM=new RegExp(`^${ef}, ${BR}-${tf}-(\\d\\d) ${rf} GMT$`),eF=new RegExp(`^${ef} ${tf} ( [1-9]|\\d\\d) ${rf}\
 ${GR}$`),tF=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],of=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},nf=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=XM.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,p,l]=e;Yr(o,1,12),Yr(n,1,31),Yr(s,0,23),Yr(i,0,59),Yr(a,0,60);let u=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(p)?Math.round(parseFloat(`0.${p}`)*1e3):0));if(u.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,d,f,g]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],h=d==="-"?1:-1;u.setTime(u.getTime()+h*(Number(f)*60*60*1e3+Number(g)*60*1e3))}return u},sf=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(YM.test(t))return new Date(t);let e,r,o,n,s,i,a,p;if((p=QM.exec(t))?[,e,r,o,n,s,i,a]=p:(p=ZM.exec(t))?([,e,r,o,n,s,i,a]=
p,o=(Number(o)+1900).toString()):(p=eF.exec(t))&&([,r,e,n,s,i,a,o]=p),o&&i){let l=Date.UTC(Number(o),tF.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Yr(e,1,31),Yr(n,0,23),Yr(s,0,59),Yr(i,0,60);let u=new Date(l);return u.setUTCFullYear(Number(o)),u}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function af(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var jR=c(()=>{});var mi,VR=c(()=>{mi=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var WR,De,qR=c(()=>{WR=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,De=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!WR.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&WR.test(r.string)}}});function fi(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in cf)e[r/2]=cf[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Se(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=KR[t[r]];return e}var KR,cf,pf=c(()=>{KR={},cf={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),KR[t]=e,cf[e]=t}});var zn,$t,JR=c(()=>{zn=require("node:fs"),$t=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof zn.ReadStream){if(t.path!=null)
return(0,zn.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,zn.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var Lt,XR=c(()=>{pc();Lt=t=>t instanceof Uint8Array?t:typeof t=="string"?de(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function dc(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var lf=c(()=>{});var Qe,gi=c(()=>{Qe=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var C,mc=c(()=>{gi();C=class t extends Qe{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Ut,YR=c(()=>{gi();Ut=class t extends Qe{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Xo,uf=c(()=>{gi();Xo=(...t)=>async()=>{if(t.length===0)throw new Qe("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var QR,ZR=c(()=>{QR=t=>()=>Promise.resolve(t)});var fc,df=c(()=>{fc=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async p=>((!s||p?.forceRefresh)&&
(o=await a()),o):async p=>((!s||p?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var Mt,gc=c(()=>{Mt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var ct,hc=c(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(ct||(ct={}))});var e_,t_,mf,rF,uo,hi=c(()=>{e_=require("node:os"),t_=require("node:path"),mf={},rF=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",uo=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${t_.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=rF();return mf[n]||(mf[n]=(0,e_.homedir)()),
mf[n]}});var yc,r_,pt,ff=c(()=>{yc="AWS_PROFILE",r_="default",pt=t=>t.profile||process.env[yc]||r_});var o_,n_,yi,gf=c(()=>{o_=require("node:crypto"),n_=require("node:path");hi();yi=t=>{let r=(0,o_.createHash)("sha1").update(t).digest("hex");return(0,n_.join)(uo(),
".aws","sso","cache",`${r}.json`)}});var s_,Si,Ei,hf=c(()=>{s_=require("node:fs/promises");gf();Si={},Ei=async t=>{if(Si[t])return Si[t];let e=yi(t),r=await(0,s_.readFile)(e,"utf8");return JSON.parse(
r)}});var i_,a_=c(()=>{Gr();i_=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Br).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===Br.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var c_,oF,Sc,yf=c(()=>{c_=require("node:path");hi();oF="AWS_CONFIG_FILE",Sc=()=>process.env[oF]||(0,c_.join)(uo(),".aws","config")});var p_,nF,l_,u_=c(()=>{p_=require("node:path");hi();nF="AWS_SHARED_CREDENTIALS_FILE",l_=()=>process.env[nF]||(0,p_.join)(uo(),".aws","credentials")});var sF,iF,xi,Sf=c(()=>{Gr();sF=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,iF=["__proto__","profile __proto__"],xi=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),p=sF.exec(a);if(p){let[,l,,u]=p;Object.values(
Br).includes(l)&&(r=[l,u].join("."))}else r=a;if(iF.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[p,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=p;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let u=o?[o,p].join("."):
p;e[r][u]=l}}}}return e}});var d_,Ef,Ri,_i,Ec=c(()=>{d_=require("node:fs/promises"),Ef={},Ri={},_i=(t,e)=>Ri[t]!==void 0?Ri[t]:((!Ef[t]||e?.ignoreCache)&&(Ef[t]=(0,d_.readFile)(t,"utf8")),
Ef[t])});var xf,m_,xc,Rf=c(()=>{xf=require("node:path");a_();yf();u_();hi();Sf();Ec();m_=()=>({}),xc=async(t={})=>{let{filepath:e=l_(),configFilepath:r=Sc()}=t,o=uo(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,xf.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,xf.join)(o,r.slice(2)));let a=await Promise.all([_i(i,{ignoreCache:t.ignoreCache}).
then(xi).then(i_).catch(m_),_i(s,{ignoreCache:t.ignoreCache}).then(xi).catch(m_)]);return{configFile:a[0],credentialsFile:a[1]}}});var f_,g_=c(()=>{Gr();f_=t=>Object.entries(t).filter(([e])=>e.startsWith(Br.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var aF,wi,h_=c(()=>{yf();g_();Sf();Ec();aF=()=>({}),wi=async(t={})=>_i(t.configFilepath??Sc()).then(xi).then(f_).catch(aF)});var y_,S_=c(()=>{y_=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Or,E_=c(()=>{Rf();S_();Or=async t=>{let e=await xc(t);return y_(e.configFile,e.credentialsFile)}});var Ii,x_=c(()=>{hf();Ec();Ii={getFileRecord(){return Ri},interceptFile(t,e){Ri[t]=Promise.resolve(e)},getTokenRecord(){return Si},interceptToken(t,e){Si[t]=e}}});function Rc(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var _f=c(()=>{});var R_,__=c(()=>{mc();_f();R_=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new C(r.message||`Not found in E\
NV: ${Rc(t.toString())}`,{logger:e?.logger})}}});var w_,I_=c(()=>{mc();ff();Rf();_f();w_=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=pt(r),{configFile:n,credentialsFile:s}=await xc(r),i=s[o]||{},a=n[o]||
{},p=e==="config"?{...i,...a}:{...a,...i};try{let u=t(p,e==="config"?n:s);if(u===void 0)throw new Error;return u}catch(l){throw new C(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Rc(t.toString())}`,{logger:r.logger})}}});var cF,T_,A_=c(()=>{ZR();cF=t=>typeof t=="function",T_=t=>cF(t)?async()=>await t():QR(t)});var v,wf=c(()=>{uf();df();__();I_();A_();v=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return fc(Xo(R_(
t,{signingName:n,logger:s}),w_(e,o),T_(r)))}});var C_,v_,Ft,b_=c(()=>{gc();hc();C_="AWS_USE_DUALSTACK_ENDPOINT",v_="use_dualstack_endpoint",Ft={environmentVariableSelector:t=>Mt(t,C_,ct.ENV),configFileSelector:t=>Mt(
t,v_,ct.CONFIG),default:!1}});var P_,O_,Ht,D_=c(()=>{gc();hc();P_="AWS_USE_FIPS_ENDPOINT",O_="use_fips_endpoint",Ht={environmentVariableSelector:t=>Mt(t,P_,ct.ENV),configFileSelector:t=>Mt(t,
O_,ct.CONFIG),default:!1}});var Qo,mo,jn,N_,k_,If=c(()=>{Qo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},mo=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,jn=()=>{let t=[],e=[],r=!1,o=new Set,n=d=>d.sort((f,g)=>N_[g.step]-N_[f.step]||k_[g.priority||"normal"]-k_[f.priority||"normal"]),s=d=>{let f=!1,
g=h=>{let S=Qo(h.name,h.aliases);if(S.includes(d)){f=!0;for(let y of S)o.delete(y);return!1}return!0};return t=t.filter(g),e=e.filter(g),f},i=d=>{let f=!1,g=h=>{
if(h.middleware===d){f=!0;for(let S of Qo(h.name,h.aliases))o.delete(S);return!1}return!0};return t=t.filter(g),e=e.filter(g),f},a=d=>(t.forEach(f=>{d.add(f.middleware,
{...f})}),e.forEach(f=>{d.addRelativeTo(f.middleware,{...f})}),d.identifyOnResolve?.(u.identifyOnResolve()),d),p=d=>{let f=[];return d.before.forEach(g=>{g.before.
length===0&&g.after.length===0?f.push(g):f.push(...p(g))}),f.push(d),d.after.reverse().forEach(g=>{g.before.length===0&&g.after.length===0?f.push(g):f.push(...p(
g))}),f},l=(d=!1)=>{let f=[],g=[],h={};return t.forEach(y=>{let E={...y,before:[],after:[]};for(let w of Qo(E.name,E.aliases))h[w]=E;f.push(E)}),e.forEach(y=>{let E={
...y,before:[],after:[]};for(let w of Qo(E.name,E.aliases))h[w]=E;g.push(E)}),g.forEach(y=>{if(y.toMiddleware){let E=h[y.toMiddleware];if(E===void 0){if(d)return;
throw new Error(`${y.toMiddleware} is not found when adding ${mo(y.name,y.aliases)} middleware ${y.relation} ${y.toMiddleware}`)}y.relation==="after"&&E.after.push(
y),y.relation==="before"&&E.before.push(y)}}),n(f).map(p).reduce((y,E)=>(y.push(...E),y),[])},u={add:(d,f={})=>{let{name:g,override:h,aliases:S}=f,y={step:"init\
ialize",priority:"normal",middleware:d,...f},E=Qo(g,S);if(E.length>0){if(E.some(w=>o.has(w))){if(!h)throw new Error(`Duplicate middleware name '${mo(g,S)}'`);for(let w of E){
let I=t.findIndex(D=>D.name===w||D.aliases?.some(k=>k===w));if(I===-1)continue;let P=t[I];if(P.step!==y.step||y.priority!==P.priority)throw new Error(`"${mo(P.name,
P.aliases)}" middleware with ${P.priority} priority in ${P.step} step cannot be overridden by "${mo(g,S)}" middleware with ${y.priority} priority in ${y.step} s\
tep.`);t.splice(I,1)}}for(let w of E)o.add(w)}t.push(y)},addRelativeTo:(d,f)=>{let{name:g,override:h,aliases:S}=f,y={middleware:d,...f},E=Qo(g,S);if(E.length>0){
if(E.some(w=>o.has(w))){if(!h)throw new Error(`Duplicate middleware name '${mo(g,S)}'`);for(let w of E){let I=e.findIndex(D=>D.name===w||D.aliases?.some(k=>k===
w));if(I===-1)continue;let P=e[I];if(P.toMiddleware!==y.toMiddleware||P.relation!==y.relation)throw new Error(`"${mo(P.name,P.aliases)}" middleware ${P.relation}\
 "${P.toMiddleware}" middleware cannot be overridden by "${mo(g,S)}" middleware ${y.relation} "${y.toMiddleware}" middleware.`);e.splice(I,1)}}for(let w of E)o.
add(w)}e.push(y)},clone:()=>a(jn()),use:d=>{d.applyToStack(u)},remove:d=>typeof d=="string"?s(d):i(d),removeByTag:d=>{let f=!1,g=h=>{let{tags:S,name:y,aliases:E}=h;
if(S&&S.includes(d)){let w=Qo(y,E);for(let I of w)o.delete(I);return f=!0,!1}return!0};return t=t.filter(g),e=e.filter(g),f},concat:d=>{let f=a(jn());return f.use(
d),f.identifyOnResolve(r||f.identifyOnResolve()||(d.identifyOnResolve?.()??!1)),f},applyToStack:a,identify:()=>l(!0).map(d=>{let f=d.step??d.relation+" "+d.toMiddleware;
return mo(d.name,d.aliases)+" - "+f}),identifyOnResolve(d){return typeof d=="boolean"&&(r=d),r},resolve:(d,f)=>{for(let g of l().map(h=>h.middleware).reverse())
d=g(d,f);return r&&console.log(u.identify()),d}};return u},N_={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},k_={high:3,normal:2,low:1}});var Vn,Tf=c(()=>{Vn=()=>{let t=new WeakSet;return(e,r)=>{if(typeof r=="object"&&r!==null){if(t.has(r))return"[Circular]";t.add(r)}return r}}});var $_,L_=c(()=>{$_=t=>new Promise(e=>setTimeout(e,t*1e3))});var Af,ve,Ti,_c=c(()=>{Tf();Af={minDelay:2,maxDelay:120};(function(t){t.ABORTED="ABORTED",t.FAILURE="FAILURE",t.SUCCESS="SUCCESS",t.RETRY="RETRY",t.TIMEOUT="TIM\
EOUT"})(ve||(ve={}));Ti=t=>{if(t.state===ve.ABORTED){let e=new Error(`${JSON.stringify({...t,reason:"Request was aborted"},Vn())}`);throw e.name="AbortError",e}else if(t.
state===ve.TIMEOUT){let e=new Error(`${JSON.stringify({...t,reason:"Waiter has timed out"},Vn())}`);throw e.name="TimeoutError",e}else if(t.state!==ve.SUCCESS)throw new Error(
`${JSON.stringify(t,Vn())}`);return t}});var U_,pF,lF,uF,dF,M_=c(()=>{Tf();L_();_c();U_=async({minDelay:t,maxDelay:e,maxWaitTime:r,abortController:o,client:n,abortSignal:s},i,a)=>{let p={},[l,u]=[t*1e3,
e*1e3],d=0,f=Date.now()+r*1e3,g=Date.now()+6e4,h=!1;for(;;){if(d>0){let E=uF(l,u,d,f);if(o?.signal?.aborted||s?.aborted){let w="AbortController signal aborted.";
return p[w]|=0,p[w]+=1,{state:ve.ABORTED,observedResponses:p}}if(Date.now()+E>f)return{state:ve.TIMEOUT,observedResponses:p};await $_(E/1e3)}let{state:S,reason:y}=await a(
n,i);if(y){let E=lF(y);p[E]|=0,p[E]+=1}if(S!==ve.RETRY)return{state:S,reason:y,final:y,observedResponses:p};d+=1,!h&&Date.now()>=g&&(pF(p,n),h=!0)}},pF=(t={},e)=>{
let r=Object.keys(t),o=0,n=0;for(let a of r){let p=t[a]|0;o=Math.max(p,o),a.startsWith("403:")&&(n+=p)}let s=e?.config?.logger,i=typeof s?.warn=="function"&&!s.
constructor?.name?.includes?.("NoOpLogger")?s:console;(n>=3||r[r.length-1]?.startsWith("403:"))&&i.warn("@smithy/util-waiter WARN - 403 status code encountered \
during waiter polling.")},lF=t=>{let e=t?.$response?.statusCode??t?.$metadata?.httpStatusCode;return t?.$responseBodyText?`${e?e+": ":""}Deserialization error f\
or body: ${t.$responseBodyText}`:e?t?.$response||t?.message?`${e??"Unknown"}: ${t?.message}`:`${e}: OK`:String(t?.message??JSON.stringify(t,Vn())??"Unknown")},uF=
(t,e,r,o)=>{let n=Math.log(e/t)/Math.log(2)+1;if(r>n)return e;let s=t*2**(r-1),i=Math.min(s,e),a=dF(t,i);if(Date.now()+a>o){let p=o-Date.now();return Math.max(0,
p-500)}return a},dF=(t,e)=>t+Math.random()*(e-t)});var F_,H_=c(()=>{F_=t=>{if(t.maxWaitTime<=0)throw new Error("WaiterConfiguration.maxWaitTime must be greater than 0");if(t.minDelay<=0)throw new Error("WaiterCo\
nfiguration.minDelay must be greater than 0");if(t.maxDelay<=0)throw new Error("WaiterConfiguration.maxDelay must be greater than 0");if(t.maxWaitTime<=t.minDelay)
throw new Error(`WaiterConfiguration.maxWaitTime [${t.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${t.minDelay}] for this waiter`);if(t.maxDelay<
t.minDelay)throw new Error(`WaiterConfiguration.maxDelay [${t.maxDelay}] must be greater than WaiterConfiguration.minDelay [${t.minDelay}] for this waiter`)}});var B_,Ai,G_=c(()=>{M_();H_();_c();B_=t=>{let e,r=new Promise(o=>{e=()=>o({state:ve.ABORTED}),typeof t.addEventListener=="function"?t.addEventListener("abort",e):
t.onabort=e});return{clearListener(){typeof t.removeEventListener=="function"&&t.removeEventListener("abort",e)},aborted:r}},Ai=async(t,e,r)=>{let o={...Af,...t};
F_(o);let n=[U_(o,e,r)],s=[];if(t.abortSignal){let{aborted:i,clearListener:a}=B_(t.abortSignal);s.push(a),n.push(i)}if(t.abortController?.signal){let{aborted:i,
clearListener:a}=B_(t.abortController.signal);s.push(a),n.push(i)}return Promise.race(n).then(i=>{for(let a of s)a();return i})}});var Me,z_=c(()=>{If();Me=class{config;middlewareStack=jn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let p=this.handlers;p.has(e.constructor)?a=p.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),p.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(p=>s(null,p.output),p=>s(p)).catch(
()=>{});else return a(e).then(p=>p.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Qr,Cf=c(()=>{Qr=t=>typeof t=="function"?t():t});var wc,vf=c(()=>{wc=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var j_,bf,V_=c(()=>{oe();vf();j_=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=le(r),[,i,a,p,l,u]=s??[];try{let d=await t.protocol.deserializeResponse(
wc(i,a,p,l,u),{...t,...r},n);return{response:n,output:d}}catch(d){if(Object.defineProperty(d,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in d)){let f="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{d.message+=`
  `+f}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(f):r.logger?.warn?.(f)}typeof d.$responseBodyText<"u"&&d.$response&&(d.$response.
body=d.$responseBodyText);try{if(it.isInstance(n)){let{headers:g={},statusCode:h}=n,S=Object.entries(g);d.$metadata={httpStatusCode:h,requestId:bf(/^x-[\w-]+-request-?id$/,
S),extendedRequestId:bf(/^x-[\w-]+-id-2$/,S),cfId:bf(/^x-[\w-]+-cf-id$/,S)}}}catch{}}throw d}},bf=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var W_,q_=c(()=>{oe();vf();W_=t=>(e,r)=>async o=>{let{operationSchema:n}=le(r),[,s,i,a,p,l]=n??[],u=r.endpointV2?async()=>lo(r.endpointV2):t.endpoint,d=await t.
protocol.serializeRequest(wc(s,i,a,p,l),o.input,{...t,...r,endpoint:u});return e({...o,request:d})}});function Bt(t){return{applyToStack:e=>{e.add(W_(t),J_),e.add(j_(t),K_),t.protocol.setSerdeContext(t)}}}var K_,J_,X_=c(()=>{V_();q_();K_={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},J_={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function fo(t){if(typeof t=="object")return t;if(t=t|0,Ic[t])return Ic[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Ic[t]=e}var Ic,Pf=c(()=>{Ic=[]});function vi(t,e){if(t instanceof W)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=W;return new r(t,e)}var Ci,Tc,Ac,W,Of,Y_,Q_=c(()=>{Cf();Pf();
Ci={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Tc=[],Ac={},W=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Of(n);)o.push(n[1]),n=n[0],s=Qr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,fo(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=Qr(s),Y_(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Tc[e])return Tc[e]}else if(typeof e=="string"){if(Ac[e])return Ac[e]}else if(r&&e[Ci.ns])return e[Ci.ns];let o=Qr(e);if(o instanceof
t)return o;if(Of(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),fo(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[Ci.ns]=n:typeof o=="string"?Ac[o]=n:typeof o=="number"?Tc[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return fo(this.memberTraits)}getOwnTraits(){return fo(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return vi([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return vi([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return vi(Of(n)?n:[n,0],e)}if(this.isDocumentSchema())return vi([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Ci.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=vi([e[5][n],0],s);yield o[n]=[s,i]}e[Ci.it]=o}};Of=t=>Array.isArray(t)&&t.length===
2,Y_=t=>Array.isArray(t)&&t.length>=5});var se,Z_=c(()=>{se=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var ie=c(()=>{Cf();X_();Q_();Pf();Z_()});function Wn(t,e){if(e==null)return e;let r=W.of(t);if(r.getMergedTraits().sensitive)return Df;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return Df;if(Array.isArray(e))return e.map(n=>Wn(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return Df;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,Wn(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=Wn(i,o[s]));return n}return e}var Df,ew=c(()=>{ie();Df="***SensitiveInforma\
tion***"});var tw,Er,Nf,kf=c(()=>{Gr();If();ew();ie();tw=Symbol.for("@smithy/op-event-stream"),Er=class{middlewareStack=jn();schema;static classBuilder(){return new Nf}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:p,smithyContext:l,additionalContext:u,CommandCtor:d}){for(let D of n.
bind(this)(d,e,r,o))this.middlewareStack.use(D);let f=e.concat(this.middlewareStack),{logger:g}=r,h=u[Pr],S={logger:g,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:p,...u,[Pr]:{...h,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:y}=r,E=o??{};E.metricsRecorder&&(E={...E},delete E.metricsRecorder);let w,I=this.schema,P=I?.[tw];if(P!==void 0)
w=P;else if(I&&Array.isArray(I)&&I[0]===9){let[,,,,D,k]=I;w=I[tw]=!!(W.of(D).getEventStreamMember()||W.of(k).getEventStreamMember())}return w&&(E={isEventStream:w,
...E}),f.resolve(D=>y.handle(D.request,E),S)}},Nf=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends Er{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,p=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?Wn.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?Wn.bind(null,p):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var Gt,rw=c(()=>{Gt=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,u,d){let f=new i(l);if(typeof u=="function")this.send(f,u);else if(typeof d==
"function"){if(typeof u!="object")throw new Error(`Expected http options but got ${typeof u}`);this.send(f,u||{},d)}else return this.send(f,u)},p=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[p]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},p,...l){return i({...p,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},p,...l){
let u=p;return typeof p=="number"&&(u={maxWaitTime:p}),i({...u,client:this},a,...l)})}});var lt,Cc,ow=c(()=>{lt=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,p=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(p&&(n=!0,p===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},Cc=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var zt,nw=c(()=>{zt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var sw,jt,iw=c(()=>{sw=!1,jt=t=>{t&&!sw&&parseInt(t.substring(1,t.indexOf(".")))<16&&(sw=!0)}});var aw,cw,pw,lw=c(()=>{oe();Gr();aw=Object.values(Xr),cw=t=>{let e=[];for(let r in Xr){if(!$(Xr,r))continue;let o=Xr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();aw.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},pw=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();aw.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var uw,dw,mw=c(()=>{uw=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),dw=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var Vt,Wt,fw=c(()=>{lw();mw();Vt=t=>Object.assign(cw(t),uw(t)),Wt=t=>Object.assign(pw(t),dw(t))});var vc,gw=c(()=>{oe();vc=t=>{let e="#text";for(let r in t)$(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=vc(t[r])));return t}});var Ne,hw=c(()=>{Ne=class{trace(){}debug(){}info(){}warn(){}error(){}}});function qt(t,e,r,o){return function(s,i,a,p,l={}){let u=Object.assign({},t,s);return Er.classBuilder().ep(u).m(function(d,f,g,h){let S=i.call(this,d,f,g,h);return S.
unshift(o(g,d.getEndpointParameterInstructions())),S}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(p).build()}}var yw=c(()=>{kf()});var N=c(()=>{oe();oe();G_();_c();z_();kf();rw();nw();iw();ow();fw();gw();hw();yw()});var Sw,$f,Lf,Ew,xw,Rw,_w,ww,Iw,Uf=c(()=>{Sw="AWS_EXECUTION_ENV",$f="AWS_REGION",Lf="AWS_DEFAULT_REGION",Ew="AWS_EC2_METADATA_DISABLED",xw=["in-region","cross-re\
gion","mobile","standard","legacy"],Rw="/latest/meta-data/placement/region",_w="/latest/api/token",ww="x-aws-ec2-metadata-token",Iw="x-aws-ec2-metadata-token-tt\
l-seconds"});var Tw,mF,vw,bc,Aw,fF,Cw,Mf=c(()=>{Uf();Tw=1e3,mF=6e4,vw=0,bc=async()=>{if(!process.env[Ew]&&!(Date.now()<vw))try{let t=fF(),e=(await Cw({...t,path:_w,method:"P\
UT",headers:{[Iw]:"21600"}})).toString();return(await Cw({...t,path:Rw,method:"GET",headers:{[ww]:e}})).toString().trim()||Aw()}catch{return Aw()}},Aw=()=>{vw=Date.
now()+mF},fF=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},Cw=async t=>{let{request:e}=await import("node:http");
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:Tw,signal:AbortSignal.timeout(Tw)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",p=>a.
push(p)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var bw,Pw,He,ut,Ff=c(()=>{Mf();bw="AWS_REGION",Pw="region",He={environmentVariableSelector:t=>t[bw],configFileSelector:t=>t[Pw],default:async()=>{let t=await bc();
if(t)return t;throw new Error("Region is missing")}},ut={preferredFile:"credentials"}});var Ow,Dw,Nw=c(()=>{oe();Ow=new Set,Dw=(t,e=zr)=>{if(!Ow.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inst\
ead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else Ow.add(t)}});var Pc,Hf=c(()=>{Pc=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var kw,$w=c(()=>{Hf();kw=t=>Pc(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Kt,Lw=c(()=>{Nw();$w();Hf();Kt=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=kw(o);return Dw(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Pc(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var gF,hF,Uw,Mw=c(()=>{gF="AWS_DEFAULTS_MODE",hF="defaults_mode",Uw={environmentVariableSelector:t=>t[gF],configFileSelector:t=>t[hF],default:"legacy"}});var Jt,yF,SF,Fw=c(()=>{Ff();Mf();wf();df();Uf();Mw();Jt=({region:t=v(He),defaultsMode:e=v(Uw)}={})=>fc(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return yF(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${xw.join(", ")}, got ${r}`)}}),yF=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await SF();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},SF=async()=>process.env[Sw]&&(process.env[$f]||process.
env[Lf])?process.env[$f]??process.env[Lf]:bc()});var V=c(()=>{gi();mc();YR();uf();gc();hc();ff();gf();hf();h_();E_();x_();wf();b_();D_();Ff();Lw();Fw()});var Hw,Bw,Gw,zw=c(()=>{Hw="AWS_ENDPOINT_URL",Bw="endpoint_url",Gw=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[Hw,...r].
join("_")];if(o)return o;let n=e[Hw];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(p=>p.toLowerCase()),
a=s[[i.join("_"),Bw].join(".")];if(a)return a}let o=e[Bw];if(o)return o},default:void 0})});var EF,xF,jw,Vw=c(()=>{V();EF="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",xF="ignore_configured_endpoint_urls",jw={environmentVariableSelector:t=>Mt(t,EF,ct.ENV),configFileSelector:t=>Mt(
t,xF,ct.CONFIG),default:!1}});var bi,Ww=c(()=>{V();zw();Vw();bi=async t=>{if(!await v(jw)())return v(Gw(t??""))()}});var Bf,RF,_F,wF,qw,Kw,Jw=c(()=>{Bf=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),Kw(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!qw(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},RF=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,_F=/(\d+\.){3}\d+/,wF=/\.\./,qw=t=>RF.test(t)&&!_F.test(t)&&!wF.test(t),Kw=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var Xw=c(()=>{Jw()});var Yw,Qw=c(()=>{Yw=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:p,path:l}=s;return`${i}//${a}${p?":"+p:""}${l}`}}return s}:n}});var Gf=c(()=>{oe()});function Oc(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(lo(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await qn(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[p,l]of Object.entries(a.headers))i.headers[p]=Array.isArray(l)?l:[l]}}
return i}}var qn,Dc=c(()=>{Xw();Qw();Gf();qn=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await Yw(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await Bf(o),o}});function IF(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function Nc(t){let e=Oc(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&IF(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let p=s.authSchemes?.[0];if(p){s.signing_region=p.signingRegion,s.signing_service=p.
signingName;let u=le(s)?.selectedHttpAuthScheme?.httpAuthOption;u&&(u.signingProperties=Object.assign(u.signingProperties||{},{signing_region:p.signingRegion,signingRegion:p.
signingRegion,signing_service:p.signingName,signingName:p.signingName,signingRegionSet:p.signingRegionSet},p.properties))}return n({...i})}}var zf=c(()=>{oe();Dc()});function Zw(t){let e=Nc(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),AF)}})}var TF,AF,e0=c(()=>{zf();TF={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},AF={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:TF.name}});function t0(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>lo(await re(o)()):void 0,p=Object.assign(e,
{endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:re(n??!1),useFipsEndpoint:re(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),
l;return p.serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),p}}var r0=c(()=>{oe();Gf()});var dt,o0=c(()=>{dt=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var mt,n0=c(()=>{mt=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var xe,s0=c(()=>{xe=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var Zr=c(()=>{s0()});var jf,i0=c(()=>{jf="endpoints"});function Kn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${Kn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(Kn).join(", ")})`:JSON.stringify(t,null,2)}var a0=c(
()=>{});var c0=c(()=>{i0();a0()});var Be,Vf=c(()=>{Be={}});var Wf,p0=c(()=>{Wf=(t,e)=>t===e});function qf(...t){for(let e of t)if(e!=null)return e}var l0=c(()=>{});var u0,d0=c(()=>{Zr();u0=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new xe(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new xe(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var Pi,m0=c(()=>{Zr();d0();Pi=(t,e)=>u0(e).reduce((r,o)=>{if(typeof r!="object")throw new xe(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var Kf,f0=c(()=>{Kf=t=>t!=null});function Jf(t,e,r){return t?e:r}var g0=c(()=>{});var Xf,h0=c(()=>{Xf=t=>!t});var CF,Jn,Yf=c(()=>{CF=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Jn=t=>CF.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var Qf,Zf,y0=c(()=>{Gr();Yf();Qf={[Ko.HTTP]:80,[Ko.HTTPS]:443},Zf=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:f,
port:g,protocol:h="",path:S="",query:y={}}=t,E=new URL(`${h}//${f}${g?`:${g}`:""}${S}`);return E.search=Object.entries(y).map(([w,I])=>`${w}=${I}`).join("&"),E}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let p=i.slice(0,-1);if(!Object.values(Ko).includes(p))return null;let l=Jn(n),u=r.includes(`${o}:${Qf[p]}`)||
typeof t=="string"&&t.includes(`${o}:${Qf[p]}`),d=`${o}${u?`:${Qf[p]}`:""}`;return{scheme:p,authority:d,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function eg(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var S0=c(()=>{});var tg,E0=c(()=>{tg=(t,e)=>t===e});var rg,x0=c(()=>{rg=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var og,R0=c(()=>{og=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var ng=c(()=>{p0();l0();m0();f0();oe();g0();h0();y0();S0();E0();x0();R0()});var _0,w0=c(()=>{ng();_0={booleanEquals:Wf,coalesce:qf,getAttr:Pi,isSet:Kf,isValidHostLabel:zr,ite:Jf,not:Xf,parseURL:Zf,split:eg,stringEquals:tg,substring:rg,uriEncode:og}});var kc,sg=c(()=>{ng();kc=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let p=t.substring(i+1,
a);if(p.includes("#")){let[l,u]=p.split("#");r.push(Pi(o[l]??n[l],u))}else r.push(o[p]??n[p]);s=a+1}return r.join("")}});var I0,T0=c(()=>{I0=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Zo,$c,A0,Oi=c(()=>{Zr();Vf();w0();sg();T0();Zo=(t,e,r)=>{if(typeof t=="string")return kc(t,r);if(t.fn)return A0.callFunction(t,r);if(t.ref)return I0(t,r);throw new xe(
`'${e}': ${String(t)} is not a string, function or reference.`)},$c=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=A0.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Be[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=_0[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},A0={evaluateExpression:Zo,
callFunction:$c}});var C0=c(()=>{Oi()});var v0,b0=c(()=>{c0();Zr();C0();v0=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new xe(`'${r}' is already defined in Reference Record.`);let o=$c(
t,e);e.logger?.debug?.(`${jf} evaluateCondition: ${Kn(t)} = ${Kn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var P0,O0=c(()=>{Zr();Oi();P0=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=Zo(s,"Header value entry",e);if(typeof i!="string")throw new xe(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var ig,D0,N0,k0=c(()=>{Zr();sg();ig=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=N0.getEndpointProperty(n,e),r),{}),D0=(t,e)=>{if(Array.isArray(t))return t.
map(r=>D0(r,e));switch(typeof t){case"string":return kc(t,e);case"object":if(t===null)throw new xe(`Unexpected endpoint property: ${t}`);return N0.getEndpointProperties(
t,e);case"boolean":return t;default:throw new xe(`Unexpected endpoint property type: ${typeof t}`)}},N0={getEndpointProperty:D0,getEndpointProperties:ig}});var $0,L0=c(()=>{Zr();Oi();$0=(t,e)=>{let r=Zo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new xe(`Endpoint URL must be a string, got ${typeof r}`)}});var ag,Xt,U0=c(()=>{Zr();b0();Oi();O0();k0();L0();ag=1e8,Xt=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},p={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<ag;){let l=3*(Math.abs(i)-1),[u,d,f]=[r[l],r[l+1],r[l+2]],[g,h,S]=s[u],y=v0({fn:g,assign:S,argv:h},p);if(y.
toAssign){let{name:E,value:w}=y.toAssign;a[E]=w}i=i>=0===y.result?d:f}if(i>=ag){let l=n[i-ag];if(l[0]===-1){let[,g]=l;throw new xe(Zo(g,"Error",p))}let[u,d,f]=l;
return{url:$0(u,p),properties:ig(d,p),headers:P0(f??{},p)}}throw new xe("No matching endpoint.")}});var jie,xr,Vie,Rr,ne=c(()=>{Ww();Dc();zf();e0();r0();o0();n0();U0();Yf();oe();Vf();Dc();jie=Oc(bi),xr=t0(bi),Vie=Nc(bi),Rr=Zw(bi)});var Di,Lc,Uc=c(()=>{Di=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),Lc=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var M0,F0=c(()=>{M0=t=>new TextEncoder().encode(t)});var H0,rae,B0,Mc,cg,G0,z0=c(()=>{H0="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",rae=Object.entries(H0).reduce((t,[e,r])=>(t[r]=Number(e),
t),{}),B0=H0.split(""),Mc=6,cg=8,G0=63});function j0(t){let e;typeof t=="string"?e=M0(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,u=Math.min(s+3,e.length);l<u;l++)i|=e[l]<<(u-l-1)*cg,a+=cg;let p=Math.ceil(a/Mc);i<<=p*Mc-a;for(let l=1;l<=p;l++){let u=(p-l)*Mc;n+=B0[(i&
G0<<u)>>u]}n+="==".slice(0,4-p)}return n}var V0=c(()=>{F0();z0()});var W0,q0=c(()=>{W0=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function pg(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function lg(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return dc(e,o)}var K0,ug=c(()=>{lf();Uc();K0=async t=>Lc(t)?pg(t):lg(t)});var J0,Y0,X0,Q0=c(()=>{V0();pf();q0();ug();Uc();J0="The stream has already been transformed.",Y0=t=>{if(!X0(t)&&!Di(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(J0);return e=!0,await K0(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return j0(s);if(n==="hex")return Se(s);if(n===void 0||n==="utf8"||n===
"utf-8")return W0(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(J0);if(e=!0,X0(t))return o(t);if(Di(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},X0=t=>typeof Blob=="function"&&t instanceof Blob});var Z0,Ze,dg,mg=c(()=>{Z0=require("node:stream");lf();ug();Uc();Ze=t=>Lc(t)?pg(t):Di(t)?lg(t):new Promise((e,r)=>{let o=new dg,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=dc(this.bufferedBytes);e(s)})}),dg=class extends Z0.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Fc,eI,Ni,tI=c(()=>{Fc=require("node:stream");Hn();Q0();mg();eI="The stream has already been transformed.",Ni=t=>{if(!(t instanceof Fc.Readable))try{return Y0(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(eI);return e=!0,await Ze(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?Fn(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(eI);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Fc.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Fc.Readable.toWeb(t)}})}});function eo(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var rI=c(()=>{});var oI,Xn,vF,fg,Yn,F=c(()=>{oI=require("node:crypto");pR();lR();dR();pc();mR();gR();MR();FR();HR();zR();jR();VR();qR();pf();JR();XR();zm();tI();mg();oe();rI();Xn=
class extends uR(pe,de,Te,Oe){},vF=oI.getRandomValues,fg=fR(vF),Yn=fg});var et,Qn=c(()=>{F();et=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Xn.mutate(t);if(!t)return Xn.mutate(new Uint8Array);let r=e.streamCollector(
t);return Xn.mutate(await r)}});function en(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var gg=c(
()=>{});var sI,Ge,bF,PF,OF,DF,Hc,nI,tn=c(()=>{ie();F();sI=Symbol.for("@smithy/schema-x"),Ge=class t extends W{static identity=Symbol.for("@smithy/HttpBindingNormalizedS\
chema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=W.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[sI]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,p=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,u=s|a<<8|(r.idempotencyToken?1:0)<<10|p<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,d=s&192,f=i&
2&&(d===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,g=(f?.[1]??0)&255;return u|=(i>=6&&(g===4||g===6)?1:0)<<16,[this,u,f]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?DF:this.bindings??=bF(this)}},bF=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},p=[],l={headers:a,prefixHeaders:p},u={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:d,response:f}=u;for(let[g,h]of t.structIterator()){let S=Ge.of(h),y=S.getMergedTraits(),E=S.getHttpBindingLocation(
y),w=y.httpHeader?.toLowerCase()??y.httpPrefixHeaders?.toLowerCase()??y.httpQuery,I=S.getHttpBindingValue(E,y),P=[g,I,E,w];g==="__proto__"&&eo(i),i[g]=P,I[1]>>10&
1&&(d.hasIdempotency=!0),s.push(P);let D=E&7;if(D===0&&(o.push(g),n.push(h)),(D&4)===0)e.push(g),r.push(h);else if((D&6)===4)if(D&1)l.statusCode=P;else{l.payload=
P;let k=I[1]&255;d.contentTypeInstruction=y.mediaType??(k===0?"text/plain":k===21||k===42?"application/octet-stream":null)}else D&1?(d.hasPrefixHeaders=!0,p.push(
P)):(w==="__proto__"&&eo(a),a[w]=P)}return d.contentTypeInstruction===void 0&&o.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=nI(t,o,n),f.syntheticBodySchema=
nI(t,e,r),u},PF=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},OF=t=>{let{http:e,endpoint:r}=fo(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?PF(o):void 0,r?.[0]]},DF={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Hc=t=>t[sI]??=OF(t),nI=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,p)=>a+(o[4].indexOf(p)<
s?1:0),0);return i&&(n[6]=i),n}});var Vr,ki=c(()=>{Vr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var iI,hg,Bc,aI=c(()=>{iI=new Uint32Array(256);for(let t=0;t<256;++t){let e=t;for(let r=0;r<8;++r)e=e&1?3988292384^e>>>1:e>>>1;iI[t]=e>>>0}hg=4294967295,Bc=class{digestLength=4;checksum=hg;update(e){
for(let r=0;r<e.length;++r)this.checksum=this.checksum>>>8^iI[(this.checksum^e[r])&255]}digestSync(){return(this.checksum^hg)>>>0}async digest(){let e=this.digestSync(),
r=new Uint8Array(4);return new DataView(r.buffer).setUint32(0,e,!1),r}reset(){this.checksum=hg}}});function NF(t){return class{digestLength=4;value=0;update(r){this.value=t(r,this.value)}digestSync(){return this.value>>>0}async digest(){let r=new Uint8Array(4);
return new DataView(r.buffer).setUint32(0,this.digestSync(),!1),r}reset(){this.value=0}}}var yg,cI,Zn,pI=c(()=>{yg=jo(require("node:zlib"));aI();cI=typeof yg.crc32==
"function"?yg.crc32:void 0,Zn=cI?NF(cI):Bc});var ze,lI,kF,Gc,uI,$F,dI=c(()=>{F();ze=64,lI=32,kF=2**53-1,Gc=class t{digestLength=lI;state=Int32Array.from(uI);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array(ze*2);for(let i=0;i<ze;++i)s[i]=54^r[i],s[i+ze]=92^r[i];
o.update(s.subarray(0,ze)),n.update(s.subarray(ze))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=Lt(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>kF)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===ze&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(uI),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%ze>=ze-8){for(let a=o;a<
ze;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<ze-8;++a)s.setUint8(a,0);s.setUint32(ze-8,Math.floor(n/4294967296),!1),s.setUint32(ze-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(lI);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=Lt(e);if(r.byteLength>ze){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array(ze);return s.set(n),s}if(r.byteLength<ze){let o=new Uint8Array(ze);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
p=e[4],l=e[5],u=e[6],d=e[7];for(let f=0;f<ze;++f){if(f<16)o[f]=(r[f*4]&255)<<24|(r[f*4+1]&255)<<16|(r[f*4+2]&255)<<8|r[f*4+3]&255;else{let S=o[f-2],y=(S>>>17|S<<
15)^(S>>>19|S<<13)^S>>>10;S=o[f-15];let E=(S>>>7|S<<25)^(S>>>18|S<<14)^S>>>3;o[f]=(y+o[f-7]|0)+(E+o[f-16]|0)}let g=(((p>>>6|p<<26)^(p>>>11|p<<21)^(p>>>25|p<<7))+
(p&l^~p&u)|0)+(d+($F[f]+o[f]|0)|0)|0,h=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;d=u,u=l,l=p,p=a+g|0,a=i,i=s,s=n,n=g+h|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=p,e[5]+=l,e[6]+=u,e[7]+=d}},uI=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),$F=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function UF(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,$i.createHmac)("sha256",MF(this.secret)):(0,$i.createHash)("sha256")}}}function MF(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var $i,LF,_t,mI=c(()=>{$i=require("node:crypto");dI();LF=(()=>{try{return(0,$i.createHash)("sha256"),!0}catch{return!1}})(),
_t=LF?UF():Gc});var to=c(()=>{pI();mI()});function fI(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var go,Sg=c(()=>{F();go=class t{bytes;constructor(e){if(this.bytes=e,e.byteLength!==
8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(`${e} is too larg\
e (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=n;return e<0&&
fI(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&fI(e),parseInt(Se(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var es,gI,hI,FF,HF,BF,GF,zF,jF,VF,WF,qF,zc,Eg=c(()=>{oe();F();Sg();es=class{toUtf8;fromUtf8;constructor(e,r){this.toUtf8=e,this.fromUtf8=r}format(e){let r=[];for(let s in e){
if(!$(e,s))continue;let i=this.fromUtf8(s);if(i.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);r.
push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;for(let s of r)o.set(s,n),n+=s.
byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.from([2,e.value]);case"\
short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(new ArrayBuffer(
5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,1),n;case"bina\
ry":if(e.value.byteLength>zc)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${zc} bytes: ${e.value.byteLength}`);let s=new DataView(
new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);return i.set(e.value,3),i;case"string":
let a=this.fromUtf8(e.value);if(a.byteLength>zc)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${zc} bytes: ${a.byteLength}`);let p=new DataView(
new ArrayBuffer(3+a.byteLength));p.setUint8(0,7),p.setUint16(1,a.byteLength,!1);let l=new Uint8Array(p.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(
9);return u[0]=8,u.set(go.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!qF.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(
17);return d[0]=9,d.set(fi(e.value.replace(/-/g,"")),1),d}}parse(e){let r={},o=0;for(;o<e.byteLength;){let n=e.getUint8(o++),s=this.toUtf8(new Uint8Array(e.buffer,
e.byteOffset+o,n));switch(o+=n,e.getUint8(o++)){case 0:r[s]={type:hI,value:!0};break;case 1:r[s]={type:hI,value:!1};break;case 2:r[s]={type:FF,value:e.getInt8(o++)};
break;case 3:r[s]={type:HF,value:e.getInt16(o,!1)},o+=2;break;case 4:r[s]={type:BF,value:e.getInt32(o,!1)},o+=4;break;case 5:r[s]={type:GF,value:new go(new Uint8Array(
e.buffer,e.byteOffset+o,8))},o+=8;break;case 6:let i=e.getUint16(o,!1);o+=2,r[s]={type:zF,value:new Uint8Array(e.buffer,e.byteOffset+o,i)},o+=i;break;case 7:let a=e.
getUint16(o,!1);o+=2,r[s]={type:jF,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+o,a))},o+=a;break;case 8:r[s]={type:VF,value:new Date(new go(new Uint8Array(
e.buffer,e.byteOffset+o,8)).valueOf())},o+=8;break;case 9:let p=new Uint8Array(e.buffer,e.byteOffset+o,16);o+=16,r[s]={type:WF,value:`${Se(p.subarray(0,4))}-${Se(
p.subarray(4,6))}-${Se(p.subarray(6,8))}-${Se(p.subarray(8,10))}-${Se(p.subarray(10))}`};break;default:throw new Error("Unrecognized header type tag")}}return r}};
(function(t){t[t.boolTrue=0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=
6]="byteArray",t[t.string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(gI||(gI={}));hI="boolean",FF="byte",HF="short",BF="integer",GF="long",zF=
"binary",jF="string",VF="timestamp",WF="uuid",qF=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,zc=32767});function SI({byteLength:t,byteOffset:e,buffer:r}){if(t<KF)throw new Error("Provided message too short to accommodate event stream message overhead");let o=new DataView(
r,e,t),n=o.getUint32(0,!1);if(t!==n)throw new Error("Reported message length does not match received message length");let s=o.getUint32(yI,!1),i=o.getUint32(ho,
!1),a=o.getUint32(t-rn,!1),p=new Zn;if(p.update(new Uint8Array(r,e,ho)),i!==p.digestSync())throw new Error(`The prelude checksum specified in the message (${i})\
 does not match the calculated CRC32 checksum (${p.digestSync()})`);if(p.update(new Uint8Array(r,e+ho,t-(ho+rn))),a!==p.digestSync())throw new Error(`The messag\
e checksum (${p.digestSync()}) did not match the expected value of ${a}`);return{headers:new DataView(r,e+ho+rn,s),body:new Uint8Array(r,e+ho+rn+s,n-s-(ho+rn+rn))}}
var yI,ho,rn,KF,EI=c(()=>{to();yI=4,ho=yI*2,rn=4,KF=ho+rn*2});var ts,xg=c(()=>{to();Eg();EI();ts=class{headerMarshaller;messageBuffer;isEndOfStream;constructor(e,r){this.headerMarshaller=new es(e,r),this.messageBuffer=[],this.
isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){let e=this.messageBuffer.pop(),r=this.isEndOfStream;
return{getMessage(){return e},isEndOfStream(){return r}}}getAvailableMessages(){let e=this.messageBuffer;this.messageBuffer=[];let r=this.isEndOfStream;return{getMessages(){
return e},isEndOfStream(){return r}}}encode({headers:e,body:r}){let o=this.headerMarshaller.format(e),n=o.byteLength+r.byteLength+16,s=new Uint8Array(n),i=new DataView(
s.buffer,s.byteOffset,s.byteLength),a=new Zn;return i.setUint32(0,n,!1),i.setUint32(4,o.byteLength,!1),a.update(s.subarray(0,8)),i.setUint32(8,a.digestSync(),!1),
s.set(o,12),s.set(r,o.byteLength+12),a.update(s.subarray(8,n-4)),i.setUint32(n-4,a.digestSync(),!1),s}decode(e){let{headers:r,body:o}=SI(e);return{headers:this.
headerMarshaller.parse(r),body:o}}formatHeaders(e){return this.headerMarshaller.format(e)}}});var rs,Rg=c(()=>{rs=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.decoder.decode(e)}}});var os,_g=c(()=>{os=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream)yield this.options.encoder.encode(e);this.options.includeEndFrame&&(yield new Uint8Array(0))}}});var ns,wg=c(()=>{ns=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream){let r=await this.options.deserializer(e);r!==void 0&&(yield r)}}}});var ss,Ig=c(()=>{ss=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.serializer(e)}}});function jc(t){let e=0,r=0,o=null,n=null,s=a=>{if(typeof a!="number")throw new Error("Attempted to allocate an event message where size was not a number: "+a);e=
a,r=4,o=new Uint8Array(a),new DataView(o.buffer).setUint32(0,a,!1)},i=async function*(){let a=t[Symbol.asyncIterator]();for(;;){let{value:p,done:l}=await a.next();
if(l){if(e)if(e===r)yield o;else throw new Error("Truncated event message received.");else return;return}let u=p.length,d=0;for(;d<u;){if(!o){let g=u-d;n||(n=new Uint8Array(
4));let h=Math.min(4-r,g);if(n.set(p.slice(d,d+h),r),r+=h,d+=h,r<4)break;s(new DataView(n.buffer).getUint32(0,!1)),n=null}let f=Math.min(e-r,u-d);o.set(p.slice(
d,d+f),r),r+=f,d+=f,e&&e===r&&(yield o,o=null,e=0,r=0)}}};return{[Symbol.asyncIterator]:i}}var Tg=c(()=>{});function xI(t,e){let r=Li(e.deserializer,e.toUtf8);return{[Symbol.asyncIterator]:async function*(){for await(let o of t){let n=e.eventStreamCodec.decode(o),s=await r(
n);s!==void 0&&(yield s)}}}}function Li(t,e){return async function(r){let{value:o}=r.headers[":message-type"];if(o==="error"){let n=new Error(r.headers[":error-\
message"].value||"UnknownError");throw n.name=r.headers[":error-code"].value,n}else if(o==="exception"){let n=r.headers[":exception-type"].value,s={[n]:r},i=await t(
s);if(i.$unknown){let a=new Error(e(r.body));throw a.name=n,a}throw i[n]}else if(o==="event"){let n={[r.headers[":event-type"].value]:r},s=await t(n);return s.$unknown?
void 0:s}else throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}var Ag=c(()=>{});var on,RI,Cg=c(()=>{xg();Rg();_g();wg();Ig();Tg();Ag();on=class{eventStreamCodec;utfEncoder;constructor({utf8Encoder:e,utf8Decoder:r}){this.eventStreamCodec=new ts(
e,r),this.utfEncoder=e}deserialize(e,r){let o=jc(e);return new ns({messageStream:new rs({inputStream:o,decoder:this.eventStreamCodec}),deserializer:Li(r,this.utfEncoder)})}serialize(e,r){
return new os({messageStream:new ss({inputStream:e,serializer:r}),encoder:this.eventStreamCodec,includeEndFrame:!0})}},RI=t=>new on(t)});async function*JF(t){let e=!1,r=!1,o=new Array;for(t.on("error",n=>{if(e||(e=!0),n)throw n}),t.on("data",n=>{o.push(n)}),t.on("end",()=>{e=!0});!r;){let n=await new Promise(
s=>setTimeout(()=>s(o.shift()),0));n&&(yield n),r=e&&o.length===0}}var _I,Ui,wI,II=c(()=>{_I=require("node:stream");Cg();Ui=class{universalMarshaller;constructor({
utf8Encoder:e,utf8Decoder:r}){this.universalMarshaller=new on({utf8Decoder:r,utf8Encoder:e})}deserialize(e,r){let o=typeof e[Symbol.asyncIterator]=="function"?e:
JF(e);return this.universalMarshaller.deserialize(o,r)}serialize(e,r){return _I.Readable.from(this.universalMarshaller.serialize(e,r))}},wI=t=>new Ui(t)});var TI,AI,CI=c(()=>{TI=t=>({[Symbol.asyncIterator]:async function*(){let e=t.getReader();try{for(;;){let{done:r,value:o}=await e.read();if(r)return;yield o}}finally{
e.releaseLock()}}}),AI=t=>{let e=t[Symbol.asyncIterator]();return new ReadableStream({async pull(r){let{done:o,value:n}=await e.next();if(o)return r.close();r.enqueue(
n)}})}});var vI,bI=c(()=>{vI=t=>Object.assign(t,{eventStreamMarshaller:t.eventStreamSerdeProvider(t)})});var Vc,PI=c(()=>{oe();ie();F();Vc=class{marshaller;serializer;deserializer;serdeContext;defaultContentType;compositeErrorRegistry;constructor({marshaller:e,serializer:r,
deserializer:o,serdeContext:n,defaultContentType:s,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=r,this.deserializer=o,this.serdeContext=n,this.defaultContentType=
s,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o,initialMessageType:n}){let s=this.marshaller,i=r.getEventStreamMember(),
a=r.getMemberSchema(i),p=this.serializer,l=this.defaultContentType,u=Symbol("initialRequestMarker"),d={async*[Symbol.asyncIterator](){if(o){let f={":event-type":{
type:"string",value:n??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:l}};p.write(r,o);let g=p.flush();yield{
[u]:!0,headers:f,body:g}}for await(let f of e)yield f}};return s.serialize(d,f=>{if(f[u])return{headers:f.headers,body:f.body};let g="";for(let I in f)if($(f,I)&&
I!=="__type"){g=I;break}let{additionalHeaders:h,body:S,eventType:y,explicitPayloadContentType:E}=this.writeEventBody(g,a,f);return{headers:{":event-type":{type:"\
string",value:y},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:E??l},...h},body:S}})}async deserializeEventStream({response:e,
responseSchema:r,initialResponseContainer:o,initialMessageType:n}){let s=this.marshaller,i=r.getEventStreamMember(),p=r.getMemberSchema(i).getMemberSchemas(),l=Symbol(
"initialResponseMarker"),u=s.deserialize(e.body,async g=>{let h="";for(let y in g)if($(g,y)&&y!=="__type"){h=y;break}let S=g[h].body;if(h===(n??"initial-respons\
e")){let y=await this.deserializer.read(r,S);return delete y[i],{[l]:!0,...y}}else if(h in p){let y=p[h];if(y.isStructSchema()){let E={},w=!1;for(let[I,P]of y.structIterator()){
let{eventHeader:D,eventPayload:k}=P.getMergedTraits();if(w=w||!!(D||k),k)P.isBlobSchema()?E[I]=S:P.isStringSchema()?E[I]=(this.serdeContext?.utf8Encoder??pe)(S):
P.isStructSchema()&&(E[I]=await this.deserializer.read(P,S));else if(D){let z=g[h].headers[I]?.value;z!=null&&(P.isNumericSchema()?z&&typeof z=="object"&&"bytes"in
z?E[I]=BigInt(z.toString()):E[I]=Number(z):E[I]=z)}}return{[h]:await this.readEventMember(y,S,w,E)}}return{[h]:await this.deserializer.read(y,S)}}else return{$unknown:g}}),
d=u[Symbol.asyncIterator](),f=await d.next();if(f.done)return u;if(f.value?.[l]){if(!r)throw new Error("@smithy::core/protocols - initial-response event encount\
ered in event stream but no response schema given.");for(let g in f.value)$(f.value,g)&&(o[g]=f.value[g])}return{async*[Symbol.asyncIterator](){for(f?.value?.[l]||
(yield f.value);;){let{done:g,value:h}=await d.next();if(g)break;yield h}}}}async readEventMember(e,r,o,n){let s,i=e.getSchema();if(Array.isArray(i)&&i[0]===-3){
let p=i[1],l=se.for(p);this.compositeErrorRegistry?.copyFrom(l),s=(this.compositeErrorRegistry??l)?.getErrorCtor(i)}let a=o?n:r.byteLength===0?{}:await this.deserializer.
read(e,r);if(s){let p=a.message??a.Message??"Unknown",l={},u=e.getMergedTraits().error;return u&&(l.$fault=u),Object.assign(new s({}),l,{message:p},a)}return a}writeEventBody(e,r,o){
let n=this.serializer,s=e,i=null,a,p=r.getSchema()[4].includes(e),l={};if(p){let f=r.getMemberSchema(e);if(f.isStructSchema()){for(let[g,h]of f.structIterator()){
let{eventHeader:S,eventPayload:y}=h.getMergedTraits();if(y)i=g;else if(S){let E=o[e][g],w="binary";h.isNumericSchema()?(-2)**31<=E&&E<=2**31-1?w="integer":w="lo\
ng":h.isTimestampSchema()?w="timestamp":h.isStringSchema()?w="string":h.isBooleanSchema()&&(w="boolean"),E!=null&&(l[g]={type:w,value:E},delete o[e][g])}}if(i!==
null){let g=f.getMemberSchema(i);g.isBlobSchema()?a="application/octet-stream":g.isStringSchema()&&(a="text/plain"),n.write(g,o[e][i])}else n.write(f,o[e])}else if(f.
isUnitSchema())n.write(f,{});else throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.")}else{let[f,g]=o[e];s=f,
n.write(15,g)}let u=n.flush()??new Uint8Array;return{body:typeof u=="string"?(this.serdeContext?.utf8Decoder??de)(u):u,eventType:s,explicitPayloadContentType:a,
additionalHeaders:l}}}});var OI={};Rt(OI,{EventStreamCodec:()=>ts,EventStreamMarshaller:()=>Ui,EventStreamSerde:()=>Vc,HeaderMarshaller:()=>es,Int64:()=>go,MessageDecoderStream:()=>rs,MessageEncoderStream:()=>os,
SmithyMessageDecoderStream:()=>ns,SmithyMessageEncoderStream:()=>ss,UniversalEventStreamMarshaller:()=>on,eventStreamSerdeProvider:()=>wI,getChunkedStream:()=>jc,
getMessageUnmarshaller:()=>Li,getUnmarshalledStream:()=>xI,iterableToReadableStream:()=>AI,readableStreamToIterable:()=>TI,resolveEventStreamSerdeConfig:()=>vI,
universalEventStreamSerdeProvider:()=>RI});var DI=c(()=>{xg();Eg();Sg();Rg();_g();wg();Ig();II();CI();Cg();Tg();Ag();bI();PI()});var is,vg=c(()=>{oe();ie();ki();tn();is=class extends Vr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new se(
e.defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return Z}getResponseType(){return it}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)$(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)$(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Hc(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,p]]of Ge.of(r.input).getHttpBindings().request.memberBindings){
if(!(p>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!Vm(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let p=i.getErrorCtor(
s);if(p)return[s,p,"modeled"];{let l=i.getBaseException();if(l){let u=i.getErrorCtor(l);if(u)return[s,u,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let p=i.getErrorCtor(a);if(p)return[a,p,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>(DI(),OI)),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Mi,NI=c(()=>{oe();F();tn();vg();Qn();gg();Mi=class extends is{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),
p=Ge.of(e?.input),l=p.getHttpBindings().request,u=Hc(e),d=new Z({query:s,headers:i});if(a){this.updateServiceEndpoint(d,a),this.setHostPrefix(d,e,n,u);let[g,h,S]=u;
if(g){d.method=g,d.path=d.path==="/"?h:d.path+h;for(let[y,E]of S)s[y]=E}}d.query=s;let f=this.serializeHttpBindings(n,d,l,u);return f&&(d.body=await this.serializeEventStream(
{eventStream:f,requestSchema:p})),d}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,p=r.headers,l=o.syntheticBodySchema,
u=!1,d,f,g,h=Object.getOwnPropertyNames(e),S=Object.getPrototypeOf(e),y=(S===Object.prototype||S===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&h.length*2<o.memberBindings.
length,E=y?h.length:o.memberBindings.length;for(let P=0;P<E;++P){let D=y?$(o.byName,h[P])?o.byName[h[P]]:void 0:o.memberBindings[P];if(!D)continue;let k=D[1],z=D[0],
Ae=k[0],Ue=k[1],X=k[2],ae=D[2],Ie=D[3],ce=e[z];if(!(ce==null&&!(Ue>>10&1)))if(ae===36){let J=Ue>>11&3;J?J===2?f=ce||void 0:d=ce:(i?i.writeCodec(Ae,ce):s.write(Ae,
ce),d=s.flush())}else if(ae===33||ae===38){let J=this.serializeHttpValue(k,ce,ae,i);ae===33?(g??=Object.create(null))[z]=J:p[Ie]=J}else if(ae===39)for(let J in ce){
if(!$(ce,J))continue;let hr=Ie+J;p[hr.toLowerCase()]=this.serializeHttpValue(X,ce[J],38,i,i?X[0]:[X[0],{httpHeader:hr}])}else(ae&62)===34?this.serializeQuery(k,
ce,Ie,a,i):u=!0}let w=n[1],I=n[3];return w&&I&&r.path.endsWith(w)&&(r.path=r.path.slice(0,-w.length)+this.serializePath(I,g,o)),u&&l&&(i?i.writeCodec(l,e):s.write(
l,e),d=s.flush()),r.body=d,f}serializeQuery(e,r,o,n,s){let[i,a,p]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let u in r)!$(r,u)||u in n||(s||Object.assign(
p[0].getMergedTraits(),{...l,httpQuery:u,httpQueryParams:void 0}),this.serializeQuery(p,r[u],u,n,s));return}if((a&192)===64){let u=[];for(let d of r){let f=this.
serializeHttpValue(p,d,34,s,s?p[0]:[p[0],l]);(a>>13&1||f!==void 0)&&u.push(f)}n[o]=u}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if($(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(en).join("/"):en(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=Ge.of(e.output),a=i.getHttpBindings().response,p={};if(o.statusCode>=300){let u=await et(o.body,r);throw u.byteLength>
0&&Object.assign(p,await n.read(15,u)),await this.handleError(e,r,o,p,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,p);if(l.length){let u=await et(o.body,r);if(u.byteLength>0){let d=await(s?s.readCodec(a.syntheticBodySchema,
u):n.read(a.syntheticBodySchema,u));for(let f of l)d[f]!=null&&(p[f]=d[f])}}else a.bindings.payload||await et(o.body,r);return p.$metadata=this.deserializeMetadata(
o),p}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,p=typeof a.readCodec=="function"?a:void 0,l=Ge.of(e),{bodyMemberNames:u,
bindings:{payload:d,statusCode:f,headers:g,prefixHeaders:h}}=l.getHttpBindings().response,S=o.headers;if(d){let[y,E]=d,[w,I]=E,P=I>>11&3;if(P)P===2?i[y]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[y]=Ni(o.body);else if(o.body){let D=await et(o.body,r);D.byteLength>0&&(i[y]=await(p?p.readPayload(E,D):
a.read(w,D)))}}for(let y in S){if(!$(S,y))continue;let E=y.toLowerCase(),w=S[y];E!==y&&(delete S[y],S[E]=w);let I=$(g,E)?g[E]:void 0;if(!I)continue;let[P,[D,k,z],
,Ae]=I;if(z){let Ue=k>>16&1?af(w,",",2):mi(w),X=[];for(let ae of Ue)X.push(p?p.readHttpBinding(z,ae.trim(),38):await a.read([z[0],{httpHeader:Ae}],ae.trim()));i[P]=
X}else i[P]=p?p.readHttpBinding(I[1],w,38):await a.read(D,w)}for(let[y,[,,E],,w]of h){i[y]={};for(let I in S){if(!$(S,I)||!I.startsWith(w))continue;let P=S[I];i[y][I.
slice(w.length)]=p?p.readHttpBinding(E,P,38):await a.read([E[0],{httpHeader:I}],P)}}return f&&(i[f[0]]=o.statusCode),u}}});var nn,kI=c(()=>{oe();ie();oe();vg();Qn();nn=class extends is{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),p=W.of(e?.input),
l=p.getSchema(),u,d=r&&typeof r=="object"?r:{},f=new Z({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.
updateServiceEndpoint(f,a),this.setHostPrefix(f,e,d)),d){let g=p.getEventStreamMember();if(g){if(d[g]){let h={};for(let[S]of p.structIterator())S!==g&&d[S]!=null&&
(h[S]=d[S]);u=await this.serializeEventStream({eventStream:d[g],requestSchema:p,initialRequest:h})}}else n.write(l,d),u=n.flush()}return f.headers=Object.assign(
f.headers,i),f.query=s,f.body=u,f.method="POST",f}async deserializeResponse(e,r,o){let n=this.deserializer,s=W.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){
let p=await et(o.body,r);throw p.byteLength>0&&Object.assign(i,await n.read(15,p)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smith\
y/core/protocols - RPC Protocol error handler failed to throw.")}for(let p in o.headers){if(!$(o.headers,p))continue;let l=o.headers[p];delete o.headers[p],o.headers[p.
toLowerCase()]=l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let p=await et(
o.body,r);p.byteLength>0&&Object.assign(i,await n.read(s,p))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var sn,bg=c(()=>{F();tn();ki();sn=class extends Vr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Ge.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),mi(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Oe)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return nf(n);case 6:return sf(n);case 7:
return of(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let p=n;
return(s&6)===6&&(p=(this.serdeContext?.utf8Encoder??pe)((this.serdeContext?.base64Decoder??Oe)(p))),a===2?at.from(p):p}case 1:return Number(n);case 2:return n.
toLowerCase()==="true";case 17:return BigInt(n);case 19:return new De(n,"bigDecimal");default:return n}}}});var Fi,$I=c(()=>{F();tn();ki();bg();Fi=class extends Vr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new sn(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Ge.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??pe)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??de)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??pe)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Wc,LI=c(()=>{F();tn();ki();Wc=class extends Vr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Ge.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Jo(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??Te)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,u=l>=
4&&l<=7,d="";for(let f of n){this.writeHttpBinding(o,f,s);let g=this.flush();d&&(d+=", "),d+=u?g:Zm(g)}this.stringBuffer=d;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,p=n;if(a===2&&(p=at.from(p)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??Te)(p.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?Yn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Hi,UI=c(()=>{tn();LI();Hi=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Wc(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Ge.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function an(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var qc=c(()=>{});var Yt,Qt,MI=c(()=>{Yt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Qt=t=>({requestHandler:t.httpHandler()})});function HI(t){return e=>async r=>{let o=r.request;if(Z.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(FI)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[FI]:String(i)})}catch{}}return e({...r,request:o})}}var FI,BI,Zt,GI=c(()=>{oe();FI="content-length";BI={step:"buil\
d",tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Zt=t=>({applyToStack:e=>{e.add(HI(t.bodyLengthChecker),BI)}})});var Dr,XF,Pg=c(()=>{Dr=t=>encodeURIComponent(t).replace(/[!'()*]/g,XF),XF=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Og(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Dr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${Dr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${Dr(o)}`),e.push(n)}}return e.join("&")}var zI=c(()=>{Pg()});var yo,Kc=c(()=>{yo=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Jc,jI=c(()=>{Jc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Xc(){if(Bi===void 0)try{if(typeof Buffer!="function")Bi=!1;else{let t=JSON.parse(Buffer.from([123,125]));Bi=t!==null&&typeof t=="object"}}catch{Bi=!1}return Bi}
var Bi,Dg=c(()=>{});function Yc(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?QF(o,e)?e:new De(o,"bigDecim\
al"):YF(o)?new De(o,"bigDecimal"):/[eE]/.test(o)?ZF(o):BigInt(o)}return e}function YF(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function QF(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Ng(t)===Ng(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Ng(o):!1}function Ng(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),p,l;a===-1?(p=i,l=i.length):(p=i.slice(0,a)+i.slice(
a+1),l=a),p=p.replace(/0+$/,"")||"0";let u=l+s;p==="0"?n="0":u<=0?n="0."+"0".repeat(-u)+p:u>=p.length?n=p+"0".repeat(u-p.length):n=p.slice(0,u)+"."+p.slice(u)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function ZF(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let p=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-p:p}var kg=c(()=>{F()});function Zc(t){let e=W.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if($g in r)return r[$g];let o=Qc(e,new Set);return r[$g]=o,o}return Qc(e,new Set)}
function Qc(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Qc(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Qc(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var $g,Lg=c(()=>{ie();$g=Symbol.for("@aws-sdk/reviver")});var VI,WI=c(()=>{Qn();F();VI=(t,e)=>et(t,e).then(r=>(e?.utf8Encoder??pe)(r))});async function Mg(t,e,r){let o;if(Xc()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await et(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await VI(t,e)),o.length===0)return{};let n=r&&Zc(r)?Yc:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var qI,Ug,Fg,Hg,KI,Bg=c(()=>{Qn();WI();Dg();kg();
Lg();qI=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Ug=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Fg=(t,e)=>KI(t,e,["header","code","type"]),Hg=(t,e,r=!1)=>KI(t,e,r?["c\
ode","header","type"]:["type","code","header"]),KI=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=qI(t??{},"x-amzn-errortype");if(n!==
void 0)return Ug(t[n]);break;case"code":let s=qI(e??{},"code");if(s&&e[s]!==void 0)return Ug(e[s]);break;case"type":if(e?.__type!==void 0)return Ug(e.__type);break}}});var ep,JI=c(()=>{qc();ie();F();Kc();jI();Dg();kg();Lg();Bg();oe();ep=class extends yo{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Zc(e)?
Yc:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Xc()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Mg(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=W.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let p in a)$(a,p)&&(p==="__proto__"&&eo(a),a[p]=this._read(i,a[p]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Oe(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?at.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(an(n,this.settings)){case 5:return Ym(r);case 6:return di(r);case 7:return Qm(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof De)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new De(i.string,i.type):new De(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof De||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!$(i,a))continue;a==="__proto__"&&eo(i);let p=i[a];p instanceof
De||(i[a]=this._read(n,p))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let p;o&&
(p=new Jc(r,n));for(let[l,u]of e.structIterator()){let d=l;a&&(d=u.getMergedTraits().jsonName??d,i&&(s[d]=l)),o&&p.mark(d),r[d]!=null&&(n[l]=this._read(u,r[d]))}
if(o)p.writeUnknown();else if(i)for(let l in r){if(!$(r,l))continue;let u=r[l],d=a?s[l]??l:l;d in n||(n[d]=u)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var tp,XI,YI=c(()=>{F();tp=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>XI+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),XI=e),this.string=pe(this)}return this.
string}},XI=0});function Gg(t){return tp.allocUnsafe(t)}var rp,QI,ZI,e2,t2,as,op,np,eT,r2,o2,n2,Wr,tT,sp,rT=c(()=>{qc();ie();F();Kc();oe();YI();rp=new TextEncoder,QI=123,ZI=125,
e2=91,t2=93,as=34,op=58,np=44,eT=92,r2=new Uint8Array([116,114,117,101]),o2=new Uint8Array([102,97,108,115,101]),n2=new Uint8Array([110,117,108,108]),Wr=new Array(
128).fill(null);Wr[8]="b";Wr[9]="t";Wr[10]="n";Wr[12]="f";Wr[13]="r";Wr[34]='"';Wr[92]="\\";for(let t=0;t<32;t++)Wr[t]===null&&(Wr[t]="u00"+t.toString(16).padStart(
2,"0"));tT=2048;sp=class t extends yo{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Gg(tT)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=W.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=W.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),rp.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Gg(tT),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=Gg(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=as;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=as,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=as;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=Wr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=eT;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=rp.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=as}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=eT,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=as;let i=e.length,a=i%3,p=i-a;for(let l=0;l<p;l+=3){let u=e[l],d=e[l+1],f=e[l+2];o[s++]=
n[u>>2],o[s++]=n[(u&3)<<4|d>>4],o[s++]=n[(d&15)<<2|f>>6],o[s++]=n[f&63]}if(a===2){let l=e[p],u=e[p+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|u>>4],o[s++]=n[(u&15)<<2],
o[s++]=61}else if(a===1){let l=e[p];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=as,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&W.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Yn());return}return}this.ensure(4),this.json.set(n2,this.i),this.i+=4;return}let n=W.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(at.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof De?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof De){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??Te)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(r2,
i),i+=4):(a.set(o2,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=QI;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let p=r[i];if(p==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=np),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=op,this.writeValue(a,p,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,p]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=op,this.writeValue(15,p,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=np),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=op,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=ZI}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let u=r[l];
if(Number.isNaN(u)||u===1/0||u===-1/0||u==null&&!n){a=!0;break}}let p;if(!a)p=JSON.stringify(r);else{let l=[];for(let u=0;u<r.length;++u){let d=r[u];d==null&&!n||
(Number.isNaN(d)||d===1/0||d===-1/0?l.push(String(d)):l.push(d))}p=JSON.stringify(l)}this.ensure(p.length*3),this.i+=rp.encodeInto(p,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=e2;let i=!1;for(let a=0;a<r.length;++a){let p=r[a];(o?p===void 0:p==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=np),this.writeValue(s,p,void 0),i=!0)}this.ensure(1),this.json[this.i++]=t2}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!$(r,l))continue;let u=r[l];Number.isNaN(u)||u===1/0||u===-1/0?((a??={})[l]=
u,r[l]=String(u)):u===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let p=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(p.length*3),this.i+=rp.encodeInto(p,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=QI;let i=!0;for(let a in r){if(!$(r,a))continue;let p=r[a];(o?p===void 0:p==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=np),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=op,this.writeValue(s,p,void 0))}this.ensure(1),this.
json[this.i++]=ZI}writeTimestamp(e,r){switch(an(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Jo(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var cn,oT=c(()=>{Kc();JI();rT();cn=class extends yo{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new sp(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new ep(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var q=c(()=>{Qn();gg();NI();kI();bg();$I();UI();qc();oe();oe();MI();GI();Pg();zI();oe();Bg();oT()});var nT,sT,er,iT=c(()=>{q();nT=t=>e=>async r=>{if(!Z.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},sT={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},er=t=>({applyToStack:e=>{
e.add(nT(t),sT)}})});var aT,cT,tr,pT=c(()=>{N();aT=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof Ne;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:p={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:u}=p,d=l??e.inputFilterSensitiveLog,f=u??e.outputFilterSensitiveLog,{$metadata:g,...h}=o.output;
n.info?.({clientName:i,commandName:a,input:d(r.input),output:f(h),metadata:g})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:p}=a,l=p??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},cT={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},tr=t=>({applyToStack:e=>{e.add(aT(),cT)}})});var lT,uT=c(()=>{lT={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var So,zg,ip,jg,Vg,Gi,dT=c(()=>{So={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},zg=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");zg||(globalThis.awslambda=globalThis.awslambda||{});ip=class{static PROTECTED_KEYS=So;isProtectedKey(e){
return Object.values(So).includes(e)}getRequestId(){return this.get(So.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(So.X_RAY_TRACE_ID)}getTenantId(){return this.
get(So.TENANT_ID)}getTraceparent(){return this.get(So.TRACEPARENT)}getTracestate(){return this.get(So.TRACESTATE)}getBaggage(){return this.get(So.BAGGAGE)}},jg=
class extends ip{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},Vg=class t extends ip{als;static async create(){let e=new t,r=await import("node:async_hooks");return e.als=new r.
AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){if(this.
isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No context avai\
lable");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CONCURRENCY"in
process.env?await Vg.create():new jg;return!zg&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!zg&&globalThis.awslambda&&(globalThis.awslambda.
InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&delete globalThis.
awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(Gi||(Gi={}))});function a2(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===qg||r===mT||r===fT)&&(t[r]=t[e],delete t[e])}}var s2,i2,Wg,qg,mT,fT,gT,hT=c(()=>{dT();
q();s2="AWS_LAMBDA_FUNCTION_NAME",i2="_X_AMZN_TRACE_ID",Wg="X-Amzn-Trace-Id",qg="traceparent",mT="tracestate",fT="baggage",gT=()=>t=>async e=>{let{request:r}=e;
if(!Z.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===Wg.toLowerCase())??Wg;if(!r.headers.hasOwnProperty(n)){let s=process.
env[s2],i=process.env[i2];o??=await Gi.getInstanceAsync();let p=o?.getXRayTraceId()??i,l=u=>typeof u=="string"&&u.length>0;l(s)&&l(p)&&(r.headers[Wg]=p)}}if(a2(
r.headers),!r.headers[qg]){let s=(o??=await Gi.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[qg]=s;let i=o?.getTracestate?.();i&&(r.headers[mT]=i);let a=o?.
getBaggage?.();a&&(r.headers[fT]=a)}}return t(e)}});var rr,yT=c(()=>{uT();hT();rr=t=>({applyToStack:e=>{e.add(gT(),lT)}})});var ST,ET=c(()=>{ST=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function c2(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var Kg,xT=c(()=>{oe();ET();Kg=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=ST(s,i),p=c2(t.httpAuthSchemes),l=le(o),u=[];for(let d of a){
let f=p.get(d.schemeId);if(!f){u.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);continue}let g=f.identityProvider(await e.identityProviderConfigProvider(
t));if(!g){u.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:h={},signingProperties:S={}}=d.
propertiesExtractor?.(t,o)||{};d.identityProperties=Object.assign(d.identityProperties||{},h),d.signingProperties=Object.assign(d.signingProperties||{},S),l.selectedHttpAuthScheme=
{httpAuthOption:d,identity:await g(d.identityProperties),signer:f.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(u.join(`
`));return r(n)}});var Jg,wt,RT=c(()=>{xT();Jg={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},wt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(Kg(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),Jg)}})});var _T=c(()=>{RT()});var p2,l2,Xg,wT=c(()=>{q();oe();p2=t=>e=>{throw e},l2=(t,e)=>{},Xg=t=>(e,r)=>async o=>{if(!Z.isInstance(o.request))return e(o);let s=le(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:p}=s,l=await e({...o,
request:await p.sign(o.request,a,i)}).catch((p.errorHandler||p2)(i));return(p.successHandler||l2)(l.response,i),l}});var Yg,It,IT=c(()=>{wT();Yg={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},It=t=>({applyToStack:e=>{e.addRelativeTo(Xg(t),Yg)}})});var TT=c(()=>{IT()});var Nr,AT=c(()=>{Nr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function ke(t,e,r,o,n){return async function*(i,a,...p){let l=a,u=i.startingToken??l[r],d=!0,f;for(;d;){if(l[r]=u,n&&(l[n]=l[n]??i.pageSize),i.client instanceof
t)f=await u2(e,i.client,a,i.withCommand,...p);else throw new Error(`Invalid client, expected instance of ${t.name}`);yield f;let g=u;u=d2(f,o),d=!!(u&&(!i.stopOnSameToken||
u!==g))}return void 0}}var u2,d2,CT=c(()=>{u2=async(t,e,r,o=s=>s,...n)=>{let s=new t(r);return s=o(s)??s,await e.send(s,...n)};d2=(t,e)=>{let r=t,o=e.split(".");
for(let n of o){if(!r||typeof r!="object")return;r=r[n]}return r}});var tt,vT=c(()=>{oe();tt=class{authSchemes=new Map;constructor(e){for(let r in e){if(!$(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var $e,bT=c(()=>{$e=class{async sign(e,r,o){return e}}});var PT=c(()=>{bT()});var Qg,ap,zi,cp,OT=c(()=>{Qg=t=>function(r){return zi(r)&&r.expiration.getTime()-Date.now()<t},ap=Qg(3e5),zi=t=>t.expiration!==void 0,cp=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,p=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await p(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await p(l)),a?n:r(n)?(e(n)&&await p(l),n):(a=!0,n))}});var DT=c(()=>{vT();PT();OT()});var ue=c(()=>{_T();TT();AT();CT();DT()});function h2(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function or(t){let e=Nr(t.userAgentAppId??pp),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!h2(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var pp,Zg=c(()=>{ue();pp=void 0});var NT,kT=c(()=>{NT={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"A\
sia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"\
Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia \
Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"\
Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"\
Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"\
Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zuri\
ch)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"\
Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-c\
entral-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-centra\
l-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"\
US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon\
)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn\
-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"\
eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS Euro\
pean Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"\
aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-ea\
st-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.s\
cloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-\
global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-is\
o-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU I\
SOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",
supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-\
1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aw\
s",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-glob\
al":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"\
1.1"}});var y2,S2,$T,LT,eh=c(()=>{kT();y2=NT,S2="",$T=t=>{let{partitions:e}=y2;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},LT=()=>S2});var UT,th,MT=c(()=>{UT=require("node:stream"),th=t=>t?.body instanceof UT.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var FT,HT,BT,GT,zT,jT=c(()=>{FT=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],HT=["TimeoutError","RequestTimeout","RequestTimeoutException"],BT=[500,502,503,504],GT=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],zT=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function _2(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var E2,x2,R2,lp,up,VT,rh=c(()=>{jT();E2=t=>t?.$retryable!==
void 0,x2=t=>t.$metadata?.clockSkewCorrected,R2=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},lp=t=>t.$metadata?.httpStatusCode===429||FT.
includes(t.name)||t.$retryable?.throttling==!0,up=(t,e=0)=>t?.name!=="AbortError"&&(E2(t)||x2(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||HT.includes(t.name)||GT.includes(t?.code||"")||zT.includes(t?.code||"")||BT.includes(t.$metadata?.httpStatusCode||0)||R2(t)||_2(t)||t.cause!==
void 0&&e<=10&&up(t.cause,e+1)),VT=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!up(t)}return!1}});var dp,w2,WT,qT=c(()=>{dp=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(w2());e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},w2=()=>Object.assign(new Error("Request aborte\
d"),{name:"AbortError"}),WT=t=>typeof t=="object"&&t!==null&&"name"in t&&t.name==="AbortError"});var KT,JT,XT=c(()=>{KT="amz-sdk-invocation-id",JT="amz-sdk-request"});function YT(t,e){if(it.isInstance(t))for(let r in t.headers){if(!$(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(di(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var QT=c(()=>{oe();q();F()});var ZT,eA=c(()=>{ZT=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function oh(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[Pr]?.abortSignal;if(I2(s)){s=s;let p=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await dp(s.acquireInitialRetryToken(p),a),u=new Error,d=0,f=0,{request:g}=n,h=Z.isInstance(g);for(h&&(g.headers[KT]=fg());;)try{
h&&(g.headers[JT]=`attempt=${d+1}; max=${i}`);let{response:S,output:y}=await r(n);return s.recordSuccess(l),y.$metadata.attempts=d+1,y.$metadata.totalRetryDelay=
f,{response:S,output:y}}catch(S){let y=T2(S,e.logger);if(u=ZT(S),h&&t(g))throw(o.logger instanceof Ne?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),u;try{l=await dp(s.refreshRetryTokenForRetry(l,y),a)}catch(w){throw a?.aborted&&WT(w)?w:(u.$metadata||(u.$metadata={}),u.$metadata.
attempts=d+1,u.$metadata.totalRetryDelay=f,u)}d=l.getRetryCount();let E=l.getRetryDelay();f+=(l?.$retryLog?.acquisitionDelay??0)+E,E>0&&await dp(new Promise(w=>setTimeout(
w,E)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function tA(t){let e=oh(t);return r=>({applyToStack:o=>{
o.add(e(r),C2)}})}var I2,T2,A2,C2,rA=c(()=>{N();q();F();Gr();rh();qT();XT();QT();eA();I2=t=>typeof t.acquireInitialRetryToken<"u"&&typeof t.refreshRetryTokenForRetry<
"u"&&typeof t.recordSuccess<"u",T2=(t,e)=>{let r={error:t,errorType:A2(t)},o=YT(t.$response,e);return o&&(r.retryAfterHint=o),r},A2=t=>lp(t)?"THROTTLING":up(t)?
"TRANSIENT":VT(t)?"SERVER_ERROR":"CLIENT_ERROR",C2={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}});var mp,oA=c(()=>{rh();mp=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||lp(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(i),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let s=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(s)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var nr,fp=c(()=>{nr=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var gp,nA=c(()=>{fp();gp=class{x=nr.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var ji,sA=c(()=>{ji=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var sr,Eo,ft,Vi=c(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(sr||(sr={}));Eo=3,ft=sr.STANDARD});var hp,pn,nh=c(()=>{nA();sA();Vi();fp();hp={incompatible:1,attempts:2,capacity:3},pn=class{mode=sr.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>Eo,this.baseDelay??=nr.delay(),this.retryBackoffStrategy??=
new gp}async acquireInitialRetryToken(e){return new ji(nr.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?nr.throttlingDelay():this.
baseDelay);let p=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=p;if(r.retryAfterHint instanceof Date&&(l=Math.max(p,Math.min(r.retryAfterHint.
getTime()-Date.now(),p+5e3))),s){let u=this.getCapacityCost(a);this.capacity-=u;let d=new ji(0,e.getRetryCount()+1,u,e.isLongPoll?.()??!1);return await new Promise(
f=>setTimeout(f,l)),d.$retryLog.acquisitionDelay=l,d}else{let u=n===hp.capacity&&i?l:0;u>0&&await new Promise(d=>setTimeout(d,u))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${Eo}`),Eo}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:hp.incompatible,i=n<o?0:hp.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:hp.capacity;return s||i||a}getCapacityCost(e){return e===nr.modifiedCostType()?nr.throttlingCost():nr.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var yp,iA=c(()=>{oA();nh();Vi();yp=class{mode=sr.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new mp,
this.standardRetryStrategy=r?new pn({maxAttempts:typeof e=="number"?e:3,...r}):new pn(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var sh,ih,ir,ar,aA,cA,cr,pA=c(()=>{N();iA();nh();Vi();fp();sh="AWS_MAX_ATTEMPTS",ih="max_attempts",ir={environmentVariableSelector:t=>{let e=t[sh];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${sh} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[ih];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${ih} mast be a number, got "${e}"`);return r},default:Eo},ar=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=Eo,defaultBaseDelay:s=nr.delay()}=e??{},i=re(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,p=async()=>{let l=await i();
return await re(o)()===sr.ADAPTIVE?new yp(i,{maxAttempts:l,baseDelay:s}):new pn({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
p()})},aA="AWS_RETRY_MODE",cA="retry_mode",cr={environmentVariableSelector:t=>t[aA],configFileSelector:t=>t[cA],default:ft}});var Wde,_r,Tt=c(()=>{MT();rA();Vi();pA();Wde=oh(th),_r=tA(th)});async function lA(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Hr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case sr.ADAPTIVE:Hr(t,"RETRY_MODE_ADAPTIVE","F");break;case sr.STANDARD:Hr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(P2)&&Hr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Hr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Hr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Hr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&Hr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))Hr(t,i,a)}}var P2,uA=c(()=>{Tt();aR();P2=/\d{12}\.ddb/});var ah,Sp,dA,mA,fA=c(()=>{ah="user-agent",Sp="x-amz-user-agent",dA=/[^!$%&'*+\-.^_`|~\w]/g,mA=/[^!$%&'*+\-.^_`|~\w#]/g});function gA(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var hA=c(()=>{});var EA,Ep,xA,pr,RA=c(()=>{q();eh();uA();fA();hA();EA=t=>(e,r)=>async o=>{let{request:n}=o;if(!Z.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(Ep)||
[],a=(await t.defaultUserAgentProvider()).map(Ep);await lA(r,t,o);let p=r;a.push(`m/${gA(Object.assign({},r.__smithy_context?.features,p.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Ep)||[],u=await t.userAgentAppId();u&&a.push(Ep(["app",`${u}`]));let d=LT(),f=(d?[d]:[]).concat([...a,...i,...l]).join(" "),g=[...a.
filter(h=>h.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(g&&(s[Sp]=s[Sp]?`${s[ah]} ${g}`:g),s[ah]=f):s[Sp]=f,e({...o,request:n})},Ep=t=>{
let e=t[0].split("/").map(i=>i.replace(dA,"-")).join("/"),r=t[1]?.replace(mA,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,p)=>{switch(p){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},xA={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},pr=t=>({applyToStack:e=>{e.add(EA(t),xA)}})});var xp,_A,wA=c(()=>{xp=require("node:process"),_A=()=>{let t=["deno","bun","llrt"];for(let e of t)if(xp.versions[e])return[`md/${e}`,xp.versions[e]];return["md/\
nodejs",xp.versions.node]}});var ph,IA=c(()=>{ph={isCrtAvailable:!1}});var TA,AA=c(()=>{IA();TA=()=>ph.isCrtAvailable?["md/crt-avail"]:null});var Rp,lh,lr,CA=c(()=>{Rp=require("node:os"),lh=require("node:process");wA();AA();lr=({serviceId:t,clientVersion:e})=>{let r=_A();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Rp.platform)()}`,(0,Rp.release)()],["lang/js"],r],s=TA();s&&n.push(s),t&&n.push([`api/${t}`,e]),lh.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${lh.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var vA,bA,O2,ur,PA=c(()=>{Zg();vA="AWS_SDK_UA_APP_ID",bA="sdk_ua_app_id",O2="sdk-ua-app-id",ur={environmentVariableSelector:t=>t[vA],configFileSelector:t=>t[bA]??
t[O2],default:pp}});var OA=c(()=>{ne()});var uh,DA=c(()=>{ne();OA();uh=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!uh(r))return!1;return!0}return!(!zr(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Jn(t))}});var NA,kA=c(()=>{NA=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let p=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:p}}});var At,$A=c(()=>{ne();DA();kA();eh();At={isVirtualHostableS3Bucket:uh,parseArn:NA,partition:$T};Be.aws=At});function dh(t={}){return v({...He,async default(){return LA.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...ut,...t})}var LA,UA=c(()=>{V();LA={silence:!1}});var dr,mr,MA=c(()=>{dr=t=>({setRegion(e){t.region=e},region(){return t.region}}),mr=t=>({region:t.region()})});var K=c(()=>{sR();iR();cR();iT();pT();yT();Zg();RA();CA();PA();$A();UA();MA()});var _p,wp,FA=c(()=>{q();_p=t=>it.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,wp=t=>it.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Wi,HA=c(()=>{Wi=t=>new Date(Date.now()+t)});var Ip,BA=c(()=>{Ip=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var mh=c(()=>{FA();HA();BA()});var qi,D2,Ki,Re,fh=c(()=>{q();Gr();mh();qi=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},D2=t=>t.context?.[Pr]?.
eventStream?.output===!0,Ki=async t=>{let e=qi("context",t.context),r=qi("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await qi("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,p=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:p}},Re=class{async sign(e,r,o){
if(!Z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Ki(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:p}=n,l=o.context;if(l?.authSchemes?.length??!1){let[g,h]=l.authSchemes;g?.name==="sigv4a"&&h?.name==="sigv4"&&(a=h?.signingRegion??a,p=h?.signingName??
p)}let u=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=u;let d=u||D2(o);return o._skipClockSkewSampling=d,d||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:u?new Date:Wi(s.systemClockOffset),signingRegion:a,signingService:p})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??_p(o.$response);if(n){let s=qi("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,p=wp(o.$response),l=Ip(n,s.systemClockOffset,a,p);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=_p(e);if(o){let n=qi("config",r.config),
s=r._requestSentAt,i=wp(e);n.systemClockOffset=Ip(o,n.systemClockOffset,s,i)}}}});var wr,GA=c(()=>{q();mh();fh();wr=class extends Re{async sign(e,r,o){if(!Z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:p}=await Ki(o),u=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),d=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=d,d||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:d?new Date:Wi(n.systemClockOffset),signingRegion:u,signingService:p})}}});var gh,zA=c(()=>{gh=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var jA,VA=c(()=>{jA=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var WA,qA,Ct,KA=c(()=>{zA();VA();WA="AWS_AUTH_SCHEME_PREFERENCE",qA="auth_scheme_preference",Ct={environmentVariableSelector:(t,e)=>{if(e?.signingName&&jA(e.signingName)in
t)return["httpBearerAuth"];if(WA in t)return gh(t[WA])},configFileSelector:t=>{if(qA in t)return gh(t[qA])},default:[]}});var ps,ls,JA=c(()=>{ue();V();ps=t=>(t.sigv4aSigningRegionSet=Nr(t.sigv4aSigningRegionSet),t),ls={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Qe("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Qe("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function YA(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Tp,XA,N2,hh,QA=c(()=>{F();F();Tp=class{format(e){let r=[];for(let s in e){
if(!$(e,s))continue;let i=de(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=de(e.value),p=new DataView(new ArrayBuffer(3+a.byteLength));p.setUint8(0,7),p.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
p.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(9);return u[0]=8,u.set(hh.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!N2.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(17);return d[0]=9,d.set(fi(e.value.replace(/-/g,"")),1),d}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(XA||(XA={}));N2=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,hh=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&YA(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&YA(e),parseInt(Se(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var ZA,eC,yh,tC,rC,Sh,Eh,xh,Rh,k2,oC,nC,Ji,sC,iC,aC,cC,Ap,pC,lC,uC,_h,dC,ln=c(()=>{ZA="X-Amz-Algorithm",eC="X-Amz-Credential",yh="X-Amz-Date",tC="X-Amz-SignedHe\
aders",rC="X-Amz-Expires",Sh="X-Amz-Signature",Eh="X-Amz-Security-Token",xh="authorization",Rh=yh.toLowerCase(),k2="date",oC=[xh,Rh,k2],nC=Sh.toLowerCase(),Ji="\
x-amz-content-sha256",sC=Eh.toLowerCase(),iC={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},aC=/^proxy-/,cC=/^sec-/,Ap="AWS4-HMAC-SHA256",pC="AWS4-HMAC-SHA256-PAYL\
OAD",lC="UNSIGNED-PAYLOAD",uC=50,_h="aws4_request",dC=3600*24*7});var mC,fC=c(()=>{F();q();ln();mC=({query:t={}})=>{let e=[],r={};for(let o in t){if(!$(t,o)||o.toLowerCase()===nC)continue;let n=Dr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${Dr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${Dr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var gC,$2,hC=c(()=>{gC=t=>$2(t).toISOString().replace(/\.\d{3}Z$/,"Z"),$2=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Cp,yC=c(()=>{N();q();F();fC();hC();Cp=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
re(o),this.credentialProvider=re(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${mC(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(Lt(o));let i=await s.digest();return`${n}
${e}
${r}
${Se(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Dr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=gC(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var vp,wh,bp,EC,SC,xC=c(()=>{F();ln();vp={},wh=[],bp=(t,e,r)=>`${t}/${e}/${r}/${_h}`,EC=async(t,e,r,o,n)=>{let s=await SC(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${Se(s)}:${e.sessionToken}`;if(i in vp)return vp[i];for(wh.push(i);wh.length>uC;)delete vp[wh.shift()];let a=`AWS4${e.secretAccessKey}`;for(let p of[
r,o,n,_h])a=await SC(t,a,p);return vp[i]=a},SC=(t,e,r)=>{let o=new t(e);return o.update(Lt(r)),o.digest()}});var Ih,RC=c(()=>{F();ln();Ih=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();($(iC,s)||e?.has(s)||
aC.test(s)||cC.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&eo(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Pp,_C=c(()=>{F();F();ln();Pp=async({headers:t,body:e},r)=>{for(let o in t)if($(t,o)&&o.toLowerCase()===Ji)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||li(e)){let o=new r;return o.update(Lt(e)),Se(await o.digest())}return lC}});var wC,IC=c(()=>{F();wC=(t,e)=>{t=t.toLowerCase();for(let r in e)if($(e,r)&&t===r.toLowerCase())return!0;return!1}});var TC,AC=c(()=>{F();q();TC=(t,e={})=>{let{headers:r,query:o={}}=Z.clone(t);for(let n in r){if(!$(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Th,CC=c(()=>{F();q();ln();Th=t=>{t=Z.clone(t);for(let e in t.headers)$(t.headers,e)&&oC.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var xo,vC=c(()=>{F();QA();yC();ln();xC();RC();_C();IC();AC();CC();xo=class extends Cp{headerFormatter=new Tp;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:p,signingRegion:l,signingService:u}=r,d=await this.credentialProvider();
this.validateResolvedCredentials(d);let f=l??await this.regionProvider(),{longDate:g,shortDate:h}=this.formatDate(o);if(n>dC)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let S=bp(h,f,u??this.service),y=TC(Th(e),{unhoistableHeaders:i,hoistableHeaders:p});
d.sessionToken&&(y.query[Eh]=d.sessionToken),y.query[ZA]=Ap,y.query[eC]=`${d.accessKeyId}/${S}`,y.query[yh]=g,y.query[rC]=n.toString(10);let E=Ih(y,s,a);return y.
query[tC]=this.getCanonicalHeaderList(E),y.query[Sh]=await this.getSignature(g,S,this.getSigningKey(d,f,h,u),this.createCanonicalRequest(y,E,await Pp(e,this.sha256))),
y}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let p=s??await this.regionProvider(),{
shortDate:l,longDate:u}=this.formatDate(o),d=bp(l,p,i??this.service),f=await Pp({headers:{},body:r},this.sha256),g=new this.sha256;g.update(e);let h=Se(await g.
digest()),S=[pC,u,d,n,h,f].join(`
`);return this.signString(S,{signingDate:o,signingRegion:p,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:p}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,p,n));return l.update(Lt(e)),Se(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let p=s??await this.regionProvider(),l=Th(e),{longDate:u,shortDate:d}=this.formatDate(r),f=bp(d,p,i??this.service);l.headers[Rh]=u,a.sessionToken&&(l.headers[sC]=
a.sessionToken);let g=await Pp(l,this.sha256);!wC(Ji,l.headers)&&this.applyChecksum&&(l.headers[Ji]=g);let h=Ih(l,n,o),S=await this.getSignature(u,f,this.getSigningKey(
a,p,d,i),this.createCanonicalRequest(l,h,g));return l.headers[xh]=`${Ap} Credential=${a.accessKeyId}/${f}, SignedHeaders=${this.getCanonicalHeaderList(h)}, Sign\
ature=${S}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,Ap),i=new this.sha256(await o);return i.update(Lt(s)),Se(await i.digest())}getSigningKey(e,r,o,n){
return EC(this.sha256,e,o,r,n||this.service)}}});var Op,bC=c(()=>{Op={SignatureV4a:null}});var Dp=c(()=>{vC();bC()});function L2(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=cp(e,ap,zi):r?o=Nr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function U2(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Ah,PC=c(()=>{K();
ue();Dp();Ah=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(u){u&&u!==r&&u!==n&&(o=!0),r=u;let d=L2(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),f=U2(e,d);if(o&&!f.attributed){let g=typeof r=="object"&&r!==null;n=async h=>{let y=await f(h);return g&&
(!y.$source||Object.keys(y.$source).length===0)?Y(y,"CREDENTIALS_CODE","e"):y},n.memoized=f.memoized,n.configBound=f.configBound,n.attributed=!0}else n=f},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,p;return e.signer?p=
Nr(e.signer):e.regionInfoProvider?p=()=>Nr(e.region)().then(async u=>[await e.regionInfoProvider(u,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},u]).then(([u,d])=>{let{signingRegion:f,signingService:g}=u;e.signingRegion=e.signingRegion||f||d,e.signingName=e.signingName||g||e.
serviceId;let h={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},S=e.signerConstructor||xo;return new S(h)}):
p=async u=>{u=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Nr(e.region)(),properties:{}},u);let d=u.signingRegion,
f=u.signingName;e.signingRegion=e.signingRegion||d,e.signingName=e.signingName||f||e.serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},h=e.signerConstructor||xo;return new h(g)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:p,disableClockSkewCorrection:Nr(
e.disableClockSkewCorrection??t)})}});var Ch=c(()=>{fh();GA();KA();JA();PC()});var F2,H2,OC,DC=c(()=>{V();F2="AWS_DISABLE_CLOCK_SKEW_CORRECTION",H2="disable_clock_skew_correction",OC={environmentVariableSelector:t=>Mt(t,F2,ct.ENV),configFileSelector:t=>Mt(
t,H2,ct.CONFIG),default:!1}});var NC,kC=c(()=>{V();DC();NC=v(OC)});var Ir,Le=c(()=>{Ch();Ch();kC();Ir=Ah(NC)});var Xi,$C=c(()=>{Xi={CrtSignerV4:null}});function UC(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function MC(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var vh,LC,Np,FC=c(()=>{Dp();vh="X-Amz-S3session-Token",LC=vh.toLowerCase(),Np=class extends xo{async signWithCredentials(e,r,o){
let n=UC(r);e.headers[LC]=r.sessionToken;let s=this;return MC(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=UC(r);return delete e.headers[LC],
e.headers[vh]=r.sessionToken,e.query=e.query??{},e.query[vh]=r.sessionToken,MC(this,n),this.presign(e,o)}}});var kr,HC=c(()=>{Dp();$C();FC();kr=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Xi.CrtSignerV4=="function"?"crt":typeof Op.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new Np(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=Xi.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=Xi.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Xi.CrtSignerV4,r=Op.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Yi=c(()=>{HC()});var ds,un,Qi,BC,JC,Zi,je,bh,GC,zC,jC,VC,WC,Ve,Ph,us,qC,KC,B2,ee,G2,XC,YC=c(()=>{ne();ds="ref",un=-1,Qi=!0,BC="isSet",JC="PartitionResult",Zi="booleanEquals",je=
"stringEquals",bh="getAttr",GC="us-east-1",zC="sigv4",jC="sts",VC="https://sts.{Region}.{PartitionResult#dnsSuffix}",WC={[ds]:"Endpoint"},Ve={[ds]:"Region"},Ph=
{[ds]:JC},us={},qC=[Ve],KC={conditions:[[BC,[WC]],[BC,qC],["aws.partition",qC,JC],[Zi,[{[ds]:"UseFIPS"},Qi]],[Zi,[{[ds]:"UseDualStack"},Qi]],[je,[Ve,"aws-global"]],
[Zi,[{[ds]:"UseGlobalEndpoint"},Qi]],[je,[Ve,"eu-central-1"]],[Zi,[{fn:bh,argv:[Ph,"supportsDualStack"]},Qi]],[Zi,[{fn:bh,argv:[Ph,"supportsFIPS"]},Qi]],[je,[Ve,
"ap-south-1"]],[je,[Ve,"eu-north-1"]],[je,[Ve,"eu-west-1"]],[je,[Ve,"eu-west-2"]],[je,[Ve,"eu-west-3"]],[je,[Ve,"sa-east-1"]],[je,[Ve,GC]],[je,[Ve,"us-east-2"]],
[je,[Ve,"us-west-2"]],[je,[Ve,"us-west-1"]],[je,[Ve,"ca-central-1"]],[je,[Ve,"ap-southeast-1"]],[je,[Ve,"ap-northeast-1"]],[je,[Ve,"ap-southeast-2"]],[je,[{fn:bh,
argv:[Ph,"name"]},"aws-us-gov"]]],results:[[un],["https://sts.amazonaws.com",{authSchemes:[{name:zC,signingName:jC,signingRegion:GC}]}],[VC,{authSchemes:[{name:zC,
signingName:jC,signingRegion:"{Region}"}]}],[un,"Invalid Configuration: FIPS and custom endpoint are not supported"],[un,"Invalid Configuration: Dualstack and c\
ustom endpoint are not supported"],[WC,us],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",us],[un,"FIPS and DualStack are enabled, but this p\
artition does not support one or both"],["https://sts.{Region}.amazonaws.com",us],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",us],[un,"FIPS is enab\
led but this partition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",us],[un,"DualStack is enabled but this partition doe\
s not support DualStack"],[VC,us],[un,"Invalid Configuration: Missing Region"]]},B2=2,ee=1e8,G2=new Int32Array([-1,1,-1,0,30,3,1,4,ee+14,2,5,ee+14,3,25,6,4,24,7,
5,ee+1,8,6,9,ee+13,7,ee+1,10,10,ee+1,11,11,ee+1,12,12,ee+1,13,13,ee+1,14,14,ee+1,15,15,ee+1,16,16,ee+1,17,17,ee+1,18,18,ee+1,19,19,ee+1,20,20,ee+1,21,21,ee+1,22,
22,ee+1,23,23,ee+1,ee+2,8,ee+11,ee+12,4,28,26,9,27,ee+10,24,ee+8,ee+9,8,29,ee+7,9,ee+6,ee+7,3,ee+3,31,4,ee+4,ee+5]),XC=dt.from(G2,B2,KC.conditions,KC.results)});var z2,kp,Oh=c(()=>{K();ne();YC();z2=new mt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),kp=(t,e={})=>z2.get(t,()=>Xt(XC,
{endpointParams:t,logger:e.logger}));Be.aws=At});function ZC(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function $p(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Dh(t){return{schemeId:"smithy.api#noAuth"}}var j2,V2,QC,W2,q2,ev,tv,Nh=c(()=>{Le();Yi();N();ne();Oh();j2=t=>async(e,r,o)=>{if(!o)throw new Error("Could\
 not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=le(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await qn(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},V2=async(t,e,r)=>({operation:le(e).operation,region:await re(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#s\
igv4`")})()}),QC=j2(V2);W2=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let p of i){let{name:l,properties:u={},...d}=p,f=l.toLowerCase();
l!==f&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${f}'`);let g;if(f==="sigv4a"){g="aws.auth#sigv4a";let y=i.find(E=>{let w=E.
name.toLowerCase();return w!=="sigv4a"&&w.startsWith("sigv4")});if(kr.sigv4aDependency()==="none"&&y)continue}else if(f.startsWith("sigv4"))g="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${f}'`);let h=r[g];if(!h)throw new Error(`Could not find HttpAuthOption creat\
e function for '${g}'`);let S=h(n);S.schemeId=g,S.signingProperties={...S.signingProperties||{},...d,...u},a.push(S)}return a},q2=t=>{let e=[];switch(t.operation){case"\
AssumeRoleWithSAML":{e.push(Dh(t)),e.push($p(t));break}case"AssumeRoleWithWebIdentity":{e.push(Dh(t)),e.push($p(t));break}default:e.push(ZC(t)),e.push($p(t))}return e},
ev=W2(kp,q2,{"aws.auth#sigv4":ZC,"aws.auth#sigv4a":$p,"smithy.api#noAuth":Dh}),tv=t=>{let e=Ir(t),r=ps(e);return Object.assign(r,{authSchemePreference:re(t.authSchemePreference??
[])})}});var rv,ov,kh=c(()=>{rv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),ov={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var sv,nv=c(()=>{sv={name:"@aws-sdk/client-sts",version:"3.1174.0",description:"AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",homepage:"\
https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-sts",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/s\
dk-for-javascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-sts"},files:["dist-*/**"],sideEffects:!1,main:"\
./dist-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service",test:"yarn g:vitest run --passWithNoTests","test:watch":"yarn g:vitest watch --passWithNoTests","test:integration":"yarn g:vi\
test run --passWithNoTests -c vitest.config.integ.mts","test:integration:watch":"yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts","test:e2e":"y\
arn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test:index":"tsc -p tsconfig.test.json && node ./tes\
t/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.97","@aws-sdk/signature-v4-multi-region":"^3.996\
.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",
tslib:"^2.6.2"},devDependencies:{"@smithy/snapshot-testing":"^2.4.0","@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"\
0.10.1",premove:"4.0.0",typescript:"~7.0.2",vitest:"^4.0.17"},engines:{node:">=20.0.0"}}});var ea,ta,$h,Lh,Uh,Mh,Lp,iv=c(()=>{K();V();ea="AWS_ACCESS_KEY_ID",ta="AWS_SECRET_ACCESS_KEY",$h="AWS_SESSION_TOKEN",Lh="AWS_CREDENTIAL_EXPIRATION",Uh="AWS_CREDE\
NTIAL_SCOPE",Mh="AWS_ACCOUNT_ID",Lp=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[ea],r=process.env[ta],o=process.
env[$h],n=process.env[Lh],s=process.env[Uh],i=process.env[Mh];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return Y(a,"CREDENTIALS_ENV_VARS","g"),a}throw new C("Unable to find environment variable credentials.",{logger:t?.
logger})}});var av={};Rt(av,{ENV_ACCOUNT_ID:()=>Mh,ENV_CREDENTIAL_SCOPE:()=>Uh,ENV_EXPIRATION:()=>Lh,ENV_KEY:()=>ea,ENV_SECRET:()=>ta,ENV_SESSION:()=>$h,fromEnv:()=>Lp});var Fh=c(
()=>{iv()});var Up,Mp,Hh=c(()=>{Up=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",Mp=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var cv,pv,ms,Fp=c(()=>{cv=1e3,pv=0,ms=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Bh,lv=c(()=>{Bh=jo(require("node:http"))});function Ro(t){return new Promise((e,r)=>{let o=Bh.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Qe("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Qe("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new Qe("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var Hp=c(()=>{V();lv()});var ra,Gh=c(()=>{ra=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var fs,oa,Bp,uv,J2,X2,Y2,Q2,Z2,dv=c(()=>{V();Hh();Fp();Hp();Gh();fs="AWS_CONTAINER_CREDENTIALS_FULL_URI",oa="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Bp="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",uv=(t={})=>{let{timeout:e,maxRetries:r}=ms(t);return()=>ra(async()=>{let o=await Z2({logger:t.logger}),n=JSON.parse(await J2(e,o));if(!Up(
n))throw new C("Invalid response received from instance metadata service.",{logger:t.logger});return Mp(n)},r)},J2=async(t,e)=>(process.env[Bp]&&(e.headers={...e.
headers,Authorization:process.env[Bp]}),(await Ro({...e,timeout:t})).toString()),X2="169.254.170.2",Y2=new Set(["localhost","127.0.0.1"]),Q2=new Set(["http:","h\
ttps:"]),Z2=async({logger:t})=>{if(process.env[oa])return{hostname:X2,path:process.env[oa]};if(process.env[fs]){let e;try{e=new URL(process.env[fs])}catch{throw new C(
`${process.env[fs]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!Y2.has(e.hostname))throw new C(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!Q2.has(e.protocol))throw new C(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new C(`The container metadata credential provider cannot be used unless the ${oa} or ${fs} environment variable is set`,{tryNextLink:!1,logger:t})}});var Gp,mv=c(()=>{V();Gp=class t extends C{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var dn,zh=c(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(dn||(dn={}))});var eH,tH,fv,gv=c(()=>{eH="AWS_EC2_METADATA_SERVICE_ENDPOINT",tH="ec2_metadata_service_endpoint",fv={environmentVariableSelector:t=>t[eH],configFileSelector:t=>t[tH],
default:void 0}});var _o,jh=c(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(_o||(_o={}))});var rH,oH,hv,yv=c(()=>{jh();rH="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",oH="ec2_metadata_service_endpoint_mode",hv={environmentVariableSelector:t=>t[rH],configFileSelector:t=>t[oH],
default:_o.IPv4}});var zp,nH,sH,Vh=c(()=>{V();q();zh();gv();jh();yv();zp=async()=>Ce(await nH()||await sH()),nH=async()=>v(fv)(),sH=async()=>{let t=await v(hv)();switch(t){case _o.
IPv4:return dn.IPv4;case _o.IPv6:return dn.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(_o)}`)}}});var iH,Wh,Sv=c(()=>{iH="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Wh=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+iH);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var Ev,xv=c(()=>{Sv();Ev=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=Wh(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=Wh(o,r);else throw s}return o=n,n}}});var wv,aH,qh,Rv,_v,Iv,cH,pH,lH,uH,Tv=c(()=>{V();mv();Hh();Fp();Hp();Gh();Vh();xv();wv="/latest/meta-data/iam/security-credentials/",aH="/latest/api/token",qh="A\
WS_EC2_METADATA_V1_DISABLED",Rv="ec2_metadata_v1_disabled",_v="x-aws-ec2-metadata-token",Iv=(t={})=>Ev(cH(t),{logger:t.logger}),cH=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=ms(t),i=async(a,p)=>{if(e||p.headers?.[_v]==null){let d=!1,f=!1,g=await v({environmentVariableSelector:h=>{let S=h[qh];if(f=!!S&&S!=="f\
alse",S===void 0)throw new C(`${qh} not set in env, checking config file next.`,{logger:t.logger});return f},configFileSelector:h=>{let S=h[Rv];return d=!!S&&S!==
"false",d},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||g){let h=[];throw t.ec2MetadataV1Disabled&&h.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),d&&h.push(`config file profile (${Rv})`),f&&h.push(`process environment variable (${qh})`),new Gp(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${h.join(", ")}].`)}}let u=(await ra(async()=>{let d;try{d=await lH(p)}catch(f){throw f.statusCode===
401&&(e=!1),f}return d},a)).trim();return ra(async()=>{let d;try{d=await uH(u,p,t)}catch(f){throw f.statusCode===401&&(e=!1),f}return d},a)};return async()=>{let a=await zp();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let p;try{p=(await pH({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[_v]:p},timeout:n})}}},
pH=async t=>Ro({...t,path:aH,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),lH=async t=>(await Ro({...t,path:wv})).toString(),uH=async(t,e,r)=>{
let o=JSON.parse((await Ro({...e,path:wv+t})).toString());if(!Up(o))throw new C("Invalid response received from instance metadata service.",{logger:r.logger});return Mp(
o)}});var jp={};Rt(jp,{DEFAULT_MAX_RETRIES:()=>pv,DEFAULT_TIMEOUT:()=>cv,ENV_CMDS_AUTH_TOKEN:()=>Bp,ENV_CMDS_FULL_URI:()=>fs,ENV_CMDS_RELATIVE_URI:()=>oa,Endpoint:()=>dn,
fromContainerMetadata:()=>uv,fromInstanceMetadata:()=>Iv,getInstanceMetadataEndpoint:()=>zp,httpRequest:()=>Ro,providerConfigFromInit:()=>ms});var Vp=c(()=>{dv();
Tv();Fp();Hp();Vh();zh()});function Kh(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var Av=c(()=>{});var Cv,vv=c(()=>{Cv=["ECONNRESET","EPIPE","ETIMEDOUT"]});var bv,Pv=c(()=>{F();bv=t=>{let e={};for(let r in t){if(!$(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var gs,Ov=c(()=>{gs=jo(require("node:https"))});var Ee,mn=c(()=>{Ee={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var Dv,Nv,kv=c(()=>{mn();Dv=1e3,Nv=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=Ee.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{Ee.clearTimeout(s)}):Ee.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):Ee.setTimeout(o.bind(null,Dv),Dv)}});var $v,Lv=c(()=>{mn();$v=(t,e,r=0,o,n)=>r?Ee.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var dH,Uv,Mv=c(()=>{mn();dH=3e3,Uv=(t,{keepAlive:e,keepAliveMsecs:r},o=dH)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):Ee.setTimeout(n,o)}});var Wp,Fv=c(()=>{Wp=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var mH,Jh,Hv=c(()=>{mn();mH=3e3,Jh=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",p=>n=p);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let p=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(p),t.destroy(),e(p)},i=()=>{let{socket:p}=t;p?p.connecting?p.once("connect",i):(p.setTimeout(
r,s),t.on("close",()=>p.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=Ee.setTimeout(i,mH);t.once("close",()=>Ee.clearTimeout(a))}});async function zv(t,e,r=Bv,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(p=>{i=Number(
Ee.setTimeout(()=>p(!0),Math.max(Bv,r)))}),new Promise(p=>{t.on("continue",()=>{Ee.clearTimeout(i),p(!0)}),t.on("response",()=>{Ee.clearTimeout(i),p(!1)}),t.on(
"error",()=>{Ee.clearTimeout(i),p(!1)})})])),a&&fH(t,e.body)}function fH(t,e){if(e instanceof Gv.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var Gv,Bv,jv=c(()=>{Gv=require("node:stream");mn();Bv=
6e3});var qp,Vv,We,Wv=c(()=>{F();q();Av();vv();Pv();Ov();kv();Lv();Mv();Fv();Hv();mn();jv();We=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let p in n){if(!$(n,p))continue;let l=n[p]?.length??0,u=s[p]?.length??0;if(l>=i&&u>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${u} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,p)=>{let l,u=-1,d=-1,f=-1,
g=-1,h=()=>{Ee.clearTimeout(u),Ee.clearTimeout(d),Ee.clearTimeout(f),Ee.clearTimeout(g)},S=async J=>{await l,h(),a(J)},y=async J=>{await l,h(),p(J)};if(r?.aborted){
let J=Kh(r);y(J);return}let E=e.headers,w=E?(E.Expect??E.expect)==="100-continue":!1,I=i?n.httpsAgent:n.httpAgent;w&&!this.externalAgent&&(I=new(i?gs.default.Agent:
qp)({keepAlive:!1,maxSockets:1/0})),u=Ee.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(I,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let P=e.query?Og(e.query):"",D;if(e.username!=null||e.password!=null){let J=e.username??"",hr=e.password??"";
D=`${J}:${hr}`}let k=e.path;P&&(k+=`?${P}`),e.fragment&&(k+=`#${e.fragment}`);let z=e.hostname??"";z[0]==="["&&z.endsWith("]")?z=e.hostname.slice(1,-1):z=e.hostname;
let Ae={headers:e.headers,host:z,method:e.method,path:k,port:e.port,agent:I,auth:D},X=(i?gs.default.request:Vv)(Ae,J=>{let hr=new it({statusCode:J.statusCode||-1,
reason:J.statusMessage,headers:bv(J.headers),body:J});S({response:hr})});if(X.on("error",J=>{Cv.includes(J.code)?y(Object.assign(J,{name:"TimeoutError"})):y(J)}),
r){let J=()=>{X.destroy();let hr=Kh(r);y(hr)};if(typeof r.addEventListener=="function"){let hr=r;hr.addEventListener("abort",J,{once:!0}),X.once("close",()=>hr.
removeEventListener("abort",J))}else r.onabort=J}let ae=o??n.requestTimeout;d=Nv(X,y,n.connectionTimeout),f=$v(X,y,ae,n.throwOnRequestTimeout,s??console);let Ie=n.
socketTimeout===void 0?Wp(n):void 0;Ie?Jh(X,y,Ie,!0):Jh(X,y,n.socketTimeout);let ce=Ae.agent;typeof ce=="object"&&"keepAlive"in ce&&(g=Uv(X,{keepAlive:ce.keepAlive,
keepAliveMsecs:ce.keepAliveMsecs})),l=zv(X,e,ae,this.externalAgent).catch(J=>(h(),p(J)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=this.
configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocketTimeo\
ut",r=Wp(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:p,logger:l}=e||{},u=!0,d=50,f;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Wp(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:p,httpAgentProvider:()=>f??=(async()=>{let g=await import("node:http"),{Agent:h,
request:S}=g.default??g;return Vv=S,qp=h,i instanceof qp||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new qp({keepAlive:u,maxSockets:d,...i})})(),httpsAgent:a instanceof
gs.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new gs.default.Agent({keepAlive:u,maxSockets:d,...a}),logger:l}}}});var wo=c(()=>{Wv();F()});var gH,hH,yH,qv,Kv=c(()=>{V();gH="169.254.170.2",hH="169.254.170.23",yH="[fd00:ec2::23]",qv=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===gH||t.hostname===hH||
t.hostname===yH)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new C(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function Jv(t){return new Z({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function Xv(t,e){let o=await Ni(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new C("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:Xm(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new C(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new C(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var Yv=c(()=>{V();q();F();F()});var Qv,Zv=c(()=>{Qv=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var tb,SH,EH,xH,RH,_H,rb,eb,ob=c(()=>{K();V();wo();tb=jo(require("node:fs/promises"));Kv();Yv();Zv();SH="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",EH="http://169.\
254.170.2",xH="AWS_CONTAINER_CREDENTIALS_FULL_URI",RH="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",_H="AWS_CONTAINER_AUTHORIZATION_TOKEN",rb=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[SH],o=t.awsContainerCredentialsFullUri??process.env[xH],
n=t.awsContainerAuthorizationToken??process.env[_H],s=t.awsContainerAuthorizationTokenFile??process.env[RH],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${EH}${r}`;else if(o)e=o;else
throw new C(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);qv(a,t.logger);let p=We.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,u=Qv(async()=>{let d=Jv(a);s?d.headers.Authorization=eb((await tb.default.readFile(s)).toString()):n&&(d.headers.Authorization=eb(
n));try{let f=await p.handle(d,{requestTimeout:l});return Xv(f.response).then(g=>Y(g,"CREDENTIALS_HTTP","z"))}catch(f){throw new C(String(f),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await u()}finally{p.destroy?.()}}},eb=t=>{if(t.includes(`\r
`))throw new C("Authorization token contains invalid \\r\\n sequence.");return t}});var Xh={};Rt(Xh,{fromHttp:()=>rb});var Yh=c(()=>{ob()});var nb,sb,ib=c(()=>{V();nb="AWS_EC2_METADATA_DISABLED",sb=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(Vp(),jp));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(Yh(),Xh));
return Xo(s(t),o(t))}return process.env[nb]&&process.env[nb]!=="false"?async()=>{throw new C("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))}});function ab(t,e){let r=wH(t),o,n,s,i,a=async p=>{if(p?.forceRefresh)return i||(i=r(p).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(p).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(p).then(l=>{
s=l}).finally(()=>{o=void 0}),a(p);return s};return a}var wH,cb=c(()=>{wH=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)
continue;throw n}throw r}});var Kp,Qh=c(()=>{Kp=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var hs,Jp=c(()=>{hs="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function IH(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function TH(t){return{schemeId:"smithy.api#noAuth"}}var pb,lb,ub,Zh=c(()=>{Le();N();pb=async(t,e,r)=>({operation:le(e).operation,region:await re(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});lb=t=>{let e=[];return t.operation==="CreateToken"?e.push(TH(t)):e.push(IH(t)),
e},ub=t=>{let e=Ir(t);return Object.assign(e,{authSchemePreference:re(t.authSchemePreference??[])})}});var db,mb,ey=c(()=>{db=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
mb={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Io,na=c(()=>{Io={name:"@aws-sdk/nested-clients",version:"3.998.4",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
k-js-v3/tree/main/packages/nested-clients",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-javascript/"},repository:{
type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"packages/nested-clients"},files:["./cognito-identity.d.ts","./cognito-identity.js","./signi\
n.d.ts","./signin.js","./sso-oidc.d.ts","./sso-oidc.js","./sso.d.ts","./sso.js","./sts.d.ts","./sts.js","dist-*/**"],sideEffects:!1,main:"./dist-cjs/index.js",module:"\
./dist-es/index.js",browser:{"./dist-es/submodules/cognito-identity/runtimeConfig":"./dist-es/submodules/cognito-identity/runtimeConfig.browser","./dist-es/subm\
odules/signin/runtimeConfig":"./dist-es/submodules/signin/runtimeConfig.browser","./dist-es/submodules/sso-oidc/runtimeConfig":"./dist-es/submodules/sso-oidc/ru\
ntimeConfig.browser","./dist-es/submodules/sso/runtimeConfig":"./dist-es/submodules/sso/runtimeConfig.browser","./dist-es/submodules/sts/runtimeConfig":"./dist-\
es/submodules/sts/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"],"*":["dist-types/ts3.4/su\
bmodules/*/index.d.ts"]}},"react-native":{},exports:{"./package.json":"./package.json","./sso-oidc":{types:"./dist-types/submodules/sso-oidc/index.d.ts",module:"\
./dist-es/submodules/sso-oidc/index.js",node:"./dist-cjs/submodules/sso-oidc/index.js",import:"./dist-es/submodules/sso-oidc/index.js",require:"./dist-cjs/submo\
dules/sso-oidc/index.js"},"./sts":{types:"./dist-types/submodules/sts/index.d.ts",module:"./dist-es/submodules/sts/index.js",node:"./dist-cjs/submodules/sts/ind\
ex.js",import:"./dist-es/submodules/sts/index.js",require:"./dist-cjs/submodules/sts/index.js"},"./signin":{types:"./dist-types/submodules/signin/index.d.ts",module:"\
./dist-es/submodules/signin/index.js",node:"./dist-cjs/submodules/signin/index.js",import:"./dist-es/submodules/signin/index.js",require:"./dist-cjs/submodules/\
signin/index.js"},"./cognito-identity":{types:"./dist-types/submodules/cognito-identity/index.d.ts",module:"./dist-es/submodules/cognito-identity/index.js",node:"\
./dist-cjs/submodules/cognito-identity/index.js",import:"./dist-es/submodules/cognito-identity/index.js",require:"./dist-cjs/submodules/cognito-identity/index.j\
s"},"./sso":{types:"./dist-types/submodules/sso/index.d.ts",module:"./dist-es/submodules/sso/index.js",node:"./dist-cjs/submodules/sso/index.js",import:"./dist-\
es/submodules/sso/index.js",require:"./dist-cjs/submodules/sso/index.js"}},scripts:{build:"concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs","b\
uild:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","build:include:deps":'yarn g:turbo run build -F="$npm_\
package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4",clean:"premo\
ve dist-cjs dist-es dist-types",lint:"node ../../scripts/validation/submodules-linter.js",prebuild:"yarn lint",test:"yarn g:vitest run","test:watch":"yarn g:vit\
est watch"},dependencies:{"@aws-sdk/core":"^3.981.1","@aws-sdk/signature-v4-multi-region":"^3.996.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smi\
thy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{concurrently:"7.0.0","downleve\
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var To,Xp=c(()=>{N();ie();To=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:p,httpHeader:l,httpLabel:u,httpPrefixHeaders:d}=i.
getMergedTraits();return!a&&!p&&!l&&!u&&d===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let p={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:p}}catch{n.message=n.message??n.Message??"UnknownError";let u=this.
errorRegistry,d=u.getBaseException();if(d){let h=u.getErrorCtor(d)??Error;throw this.decorateServiceException(Object.assign(new h({name:a}),p),n)}let f=n,g=f?.message??
f?.Message??f?.Error?.Message??f?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(g),{name:a},p),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=se.for(n),i=se.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=Cc(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return Cc(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let p=0;p<i.length;p++){let l=i[p];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>W.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Yp,fb=c(()=>{q();ie();Xp();Yp=class extends nn{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new cn({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new To(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(Qr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=Hg(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:p,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),u=W.of(
p),d=n.message??n.Message??"UnknownError",f=this.compositeErrorRegistry.getErrorCtor(p)??Error,g=new f({}),h={},S=this.codec.createDeserializer();for(let[y,E]of u.
structIterator())n[y]!=null&&(h[y]=S.readObject(E,n[y]));throw i&&this.mixin.queryCompatOutput(n,h),this.mixin.decorateServiceException(Object.assign(g,l,{$fault:u.
getMergedTraits().error,message:d},h),n)}}});var sa,gb=c(()=>{fb();sa=class extends Yp{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var ro,hb=c(()=>{q();ie();Xp();ro=class extends Mi{serializer;deserializer;codec;mixin=new To;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new cn(n),this.serializer=
new Hi(this.codec.createSerializer(),n),this.deserializer=new Fi(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=W.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=W.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=Fg(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:p}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=W.of(a),u=n.message??n.Message??"UnknownError",d=this.compositeErrorRegistry.getErrorCtor(a)??Error,f=new d({});await this.
deserializeHttpMessage(a,r,o,n);let g={},h=this.codec.createDeserializer();for(let[S,y]of l.structIterator()){let E=y.getMergedTraits().jsonName??S;g[S]=h.readObject(
y,n[E])}throw this.mixin.decorateServiceException(Object.assign(f,p,{$fault:l.getMergedTraits().error,message:u},g),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function ty(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function oy(t){return new ry(t).parse()}var ry,yb=c(
()=>{ry=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let u="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)u+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),u==="__proto__"&&ty(n),n[u]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let u="";for(;e.i<e.z&&e.x[e.i]!=="<";)u+=e.x[e.i++];s.push(e.decodeEntities(u))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let p=e.readTo(">").trim();if(p!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${p}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let u=s.length===1?s[0]:s.join("");return u.trim()===""&&u.
includes(`
`)?{tag:r,value:""}:{tag:r,value:u}}let l={};for(let u of s)u.trim()===""&&u.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+u:u);for(let u of i)u.tag==="__proto__"&&ty(l),u.tag in l?Array.isArray(l[u.tag])?l[u.tag].push(u.value):l[u.tag]=[l[u.tag],
u.value]:l[u.tag]=u.value;for(let[u,d]of Object.entries(n))u==="__proto__"&&ty(l),l[u]=d;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var Sb=c(()=>{yb()});var ys,ny=c(()=>{ys=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Qp,Eb=c(()=>{Qp=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function xb(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var Rb=c(()=>{});var Zp,_b=c(()=>{Sb();N();q();ie();F();ny();Eb();Rb();Zp=class extends ys{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new sn(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=W.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},u=Object.keys(s)[0];return s[u].isBlobSchema()?l[u]=r:l[u]=this.read(
s[u],r),l}let a=(this.serdeContext?.utf8Encoder??pe)(r),p=this.parseXml(a);return this.readSchema(e,o?p[o]:p)}readSchema(e,r){let o=W.of(e);if(o.isUnitSchema())
return;let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),p=[],l=a.getMergedTraits().xmlName??"member",u=s?r:(r[0]??r)[l];if(u==null)return p;let d=Array.isArray(u)?u:[u];for(let f of d)
p.push(this.readSchema(a,f));return p}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),p=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let u=a.getMergedTraits().xmlName??"key",d=p.getMergedTraits().xmlName??"value";for(let f of l){let g=f[u],h=f[d];g==="__proto__"&&xb(i),i[g]=
this.readSchema(p,h)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),p;a&&(p=new Qp(r,i));for(let[l,u]of o.structIterator()){let d=u.getMergedTraits(),f=d.
httpPayload?d.xmlName??u.getName():u.getMemberTraits().xmlName??l;a&&p.mark(f),r[f]!=null&&(i[l]=this.readSchema(u,r[f]))}return a&&p.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=oy(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),vc(s)}return{}}}});var el,wb=c(()=>{q();ie();F();F();ny();el=class extends ys{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=W.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??Te)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Yn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof De?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),an(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Jo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let s=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let p of r){if(p==null)
continue;let l=s.getMergedTraits(),u=this.getKey("member",l.xmlName,l.ec2QueryName),d=i?`${o}${a}`:`${o}${u}.${a}`;this.write(s,p,d),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let s=n.getKeySchema(),i=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,p=1;for(let l in r){let u=r[l];if(u==null)continue;let d=s.
getMergedTraits(),f=this.getKey("key",d.xmlName,d.ec2QueryName),g=a?`${o}${p}.${f}`:`${o}entry.${p}.${f}`,h=i.getMergedTraits(),S=this.getKey("value",h.xmlName,
h.ec2QueryName),y=a?`${o}${p}.${S}`:`${o}entry.${p}.${S}`;this.write(s,l,g),this.write(i,u,y),++p}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let s=!1;
for(let[i,a]of n.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let p=a.getMergedTraits(),l=this.getKey(i,p.xmlName,p.ec2QueryName,"struct"),
u=`${o}${l}`;this.write(a,r[i],u),s=!0}if(!s&&n.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,p]=i,l=`${o}${a}`;this.write(15,p,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:s,
capitalizeKeys:i}=this.settings;if(s&&o)return o;let a=r??e;return i&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${en(e)}=`}writeValue(e){this.buffer+=en(e)}}});var fn,Ib=c(()=>{q();ie();Xp();_b();wb();fn=class extends nn{options;serializer;deserializer;mixin=new To;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new el(r),this.deserializer=new Zp(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(Qr(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=W.of(e.output),i={};if(o.statusCode>=300){let u=await et(o.body,r);u.byteLength>0&&Object.
assign(i,await n.read(15,u)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let u in o.headers){let d=o.headers[u];delete o.headers[u],o.headers[u.
toLowerCase()]=d}let a=e.name.split("#")[1]??e.name,p=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await et(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,p)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},p=this.loadQueryErrorMessage(n);a.
message=p,a.Error={Type:a.Type,Code:a.Code,Message:p};let{errorSchema:l,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),d=W.of(l),f=this.compositeErrorRegistry.getErrorCtor(l)??Error,g=new f({}),h={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[S,y]of d.structIterator()){let E=y.getMergedTraits().xmlName??S,w=a[E]??n[E];h[S]=this.deserializer.readSchema(y,w)}throw this.mixin.decorateServiceException(
Object.assign(g,u,{$fault:d.getMergedTraits().error,message:p},h),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var gn=c(()=>{gb();hb();Ib()});var ia,hn,tl,Tb,bb,rl,sy,Ab,iy,Ss,Cb,vb,CH,vt,vH,Pb,Ob=c(()=>{ne();ia="ref",hn=-1,tl=!0,Tb="isSet",bb="PartitionResult",rl="booleanEquals",sy="getAttr",Ab={[ia]:"\
Endpoint"},iy={[ia]:bb},Ss={},Cb=[{[ia]:"Region"}],vb={conditions:[[Tb,[Ab]],[Tb,Cb],["aws.partition",Cb,bb],[rl,[{[ia]:"UseFIPS"},tl]],[rl,[{[ia]:"UseDualStack"},
tl]],[rl,[{fn:sy,argv:[iy,"supportsDualStack"]},tl]],[rl,[{fn:sy,argv:[iy,"supportsFIPS"]},tl]],["stringEquals",[{fn:sy,argv:[iy,"name"]},"aws-us-gov"]]],results:[
[hn],[hn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[hn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Ab,
Ss],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Ss],[hn,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",Ss],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",Ss],[hn,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",Ss],[hn,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",Ss],[hn,"Invalid Configuration: Missing Region"]]},CH=2,vt=1e8,vH=new Int32Array([-1,1,-1,0,13,3,1,4,vt+12,2,5,vt+12,3,
8,6,4,7,vt+11,5,vt+9,vt+10,4,11,9,6,10,vt+8,7,vt+6,vt+7,5,12,vt+5,6,vt+4,vt+5,3,vt+1,14,4,vt+2,vt+3]),Pb=dt.from(vH,CH,vb.conditions,vb.results)});var bH,Db,Nb=c(()=>{K();ne();Ob();bH=new mt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Db=(t,e={})=>bH.get(t,()=>Xt(Pb,{endpointParams:t,logger:e.
logger}));Be.aws=At});var Fe,ol=c(()=>{N();Fe=class t extends lt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var aa,ca,pa,la,ua,da,ma,fa,ga,ha,ya,ay=c(()=>{ol();aa=class t extends Fe{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},ca=class t extends Fe{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},pa=class t extends Fe{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},la=class t extends Fe{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ua=class t extends Fe{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},da=class t extends Fe{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ma=class t extends Fe{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
fa=class t extends Fe{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
ga=class t extends Fe{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ha=class t extends Fe{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ya=class t extends Fe{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var PH,OH,DH,NH,kH,$H,LH,UH,MH,FH,HH,BH,GH,zH,jH,VH,WH,qH,KH,JH,qr,XH,YH,QH,ZH,eB,_e,tB,$r,rB,oB,Lr,nB,kb,$b,sB,Lb,iB,aB,cB,be,Ub,Mb,Tr,Fb,Hb,Bb,Gb,zb,jb,Vb,Wb,
qb,Kb,Jb,cy,pB,lB,uB,dB,Xb,Yb,Qb,py,nl=c(()=>{ie();ay();ol();PH="AccessDeniedException",OH="AuthorizationPendingException",DH="AccessToken",NH="ClientSecret",kH=
"CreateToken",$H="CreateTokenRequest",LH="CreateTokenResponse",UH="CodeVerifier",MH="ExpiredTokenException",FH="InvalidClientException",HH="InvalidGrantExceptio\
n",BH="InvalidRequestException",GH="InternalServerException",zH="InvalidScopeException",jH="IdToken",VH="RefreshToken",WH="SlowDownException",qH="UnauthorizedCl\
ientException",KH="UnsupportedGrantTypeException",JH="accessToken",qr="client",XH="clientId",YH="clientSecret",QH="codeVerifier",ZH="code",eB="deviceCode",_e="e\
rror",tB="expiresIn",$r="error_description",rB="grantType",oB="http",Lr="httpError",nB="idToken",kb="reason",$b="refreshToken",sB="redirectUri",Lb="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",iB="scope",aB="server",cB="tokenType",be="com.amazonaws.ssooidc",Ub=new se(Lb),Mb=[-3,Lb,"SSOOIDCServiceException",0,[],[]];Ub.
registerError(Mb,Fe);Tr=new se(be),Fb=[-3,be,PH,{[_e]:qr,[Lr]:400},[_e,kb,$r],[0,0,0]];Tr.registerError(Fb,aa);Hb=[-3,be,OH,{[_e]:qr,[Lr]:400},[_e,$r],[0,0]];Tr.
registerError(Hb,ca);Bb=[-3,be,MH,{[_e]:qr,[Lr]:400},[_e,$r],[0,0]];Tr.registerError(Bb,pa);Gb=[-3,be,GH,{[_e]:aB,[Lr]:500},[_e,$r],[0,0]];Tr.registerError(Gb,la);
zb=[-3,be,FH,{[_e]:qr,[Lr]:401},[_e,$r],[0,0]];Tr.registerError(zb,ua);jb=[-3,be,HH,{[_e]:qr,[Lr]:400},[_e,$r],[0,0]];Tr.registerError(jb,da);Vb=[-3,be,BH,{[_e]:qr,
[Lr]:400},[_e,kb,$r],[0,0,0]];Tr.registerError(Vb,ma);Wb=[-3,be,zH,{[_e]:qr,[Lr]:400},[_e,$r],[0,0]];Tr.registerError(Wb,fa);qb=[-3,be,WH,{[_e]:qr,[Lr]:400},[_e,
$r],[0,0]];Tr.registerError(qb,ga);Kb=[-3,be,qH,{[_e]:qr,[Lr]:400},[_e,$r],[0,0]];Tr.registerError(Kb,ha);Jb=[-3,be,KH,{[_e]:qr,[Lr]:400},[_e,$r],[0,0]];Tr.registerError(
Jb,ya);cy=[Ub,Tr],pB=[0,be,DH,8,0],lB=[0,be,NH,8,0],uB=[0,be,UH,8,0],dB=[0,be,jH,8,0],Xb=[0,be,VH,8,0],Yb=[3,be,$H,0,[XH,YH,rB,eB,ZH,$b,iB,sB,QH],[0,[()=>lB,0],
0,0,0,[()=>Xb,0],64,0,[()=>uB,0]],3],Qb=[3,be,LH,0,[JH,cB,tB,$b,nB],[[()=>pB,0],0,1,[()=>Xb,0],[()=>dB,0]]],py=[9,be,kH,{[oB]:["POST","/token",200]},()=>Yb,()=>Qb]});var Zb,eP=c(()=>{Le();gn();ue();to();N();q();F();Zh();Nb();nl();Zb=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Oe,base64Encoder:t?.base64Encoder??
Te,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Db,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
lb,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Re},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new $e}],logger:t?.logger??new Ne,protocol:t?.protocol??ro,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:cy,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??_t,urlParser:t?.urlParser??Ce,utf8Decoder:t?.utf8Decoder??de,utf8Encoder:t?.utf8Encoder??pe})});var tP,rP=c(()=>{na();K();Le();N();V();Tt();F();wo();eP();tP=t=>{jt(process.version);let e=Jt(t),r=()=>e().then(zt),o=Zb(t);Nt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??v(Ct,n),bodyLengthChecker:t?.bodyLengthChecker??
$t,defaultSocketTimeout:kt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??lr({serviceId:o.serviceId,clientVersion:Io.version}),maxAttempts:t?.
maxAttempts??v(ir,t),region:t?.region??v(He,{...ut,...n}),requestHandler:We.create(t?.requestHandler??r),retryMode:t?.retryMode??v({...cr,default:async()=>(await r()).
retryMode||ft},t),streamCollector:t?.streamCollector??Ze,useDualstackEndpoint:t?.useDualstackEndpoint??v(Ft,n),useFipsEndpoint:t?.useFipsEndpoint??v(Ht,n),userAgentAppId:t?.
userAgentAppId??v(ur,n)}}});var oP,nP,sP=c(()=>{oP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},nP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var iP,aP=c(()=>{K();N();q();sP();iP=(t,e)=>{let r=Object.assign(dr(t),Vt(t),Yt(t),oP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,mr(r),Wt(r),Qt(r),
nP(r))}});var Sa,ly=c(()=>{K();ue();N();V();ne();q();Tt();ie();Zh();ey();rP();aP();Sa=class extends Me{config;constructor(...[e]){let r=tP(e||{});super(r),this.initConfig=
r;let o=db(r),n=or(o),s=ar(n),i=Kt(s),a=i,p=xr(a),l=ub(p),u=iP(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Bt(this.config)),this.middlewareStack.
use(pr(this.config)),this.middlewareStack.use(_r(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(er(this.config)),this.middlewareStack.
use(tr(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(wt(this.config,{httpAuthSchemeParametersProvider:pb,identityProviderConfigProvider:async d=>new tt(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(It(this.config))}destroy(){super.destroy()}}});var cP,pP,lP,uP=c(()=>{N();ne();ey();cP=qt(mb,"AWSSSOOIDCService","SSOOIDCClient",Rr),pP={},lP=(t,e,r,o)=>[]});var Ea,uy=c(()=>{uP();nl();Ea=class extends cP(pP,lP,"CreateToken",py){}});var mB,sl,dP=c(()=>{N();uy();ly();mB={CreateTokenCommand:Ea},sl=class extends Sa{};Gt(mB,sl)});var mP=c(()=>{uy()});var fB,gB,fP=c(()=>{fB={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},gB={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var gP=c(()=>{});var dy={};Rt(dy,{$Command:()=>Er,AccessDeniedException:()=>aa,AccessDeniedException$:()=>Fb,AccessDeniedExceptionReason:()=>fB,AuthorizationPendingException:()=>ca,
AuthorizationPendingException$:()=>Hb,CreateToken$:()=>py,CreateTokenCommand:()=>Ea,CreateTokenRequest$:()=>Yb,CreateTokenResponse$:()=>Qb,ExpiredTokenException:()=>pa,
ExpiredTokenException$:()=>Bb,InternalServerException:()=>la,InternalServerException$:()=>Gb,InvalidClientException:()=>ua,InvalidClientException$:()=>zb,InvalidGrantException:()=>da,
InvalidGrantException$:()=>jb,InvalidRequestException:()=>ma,InvalidRequestException$:()=>Vb,InvalidRequestExceptionReason:()=>gB,InvalidScopeException:()=>fa,InvalidScopeException$:()=>Wb,
SSOOIDC:()=>sl,SSOOIDCClient:()=>Sa,SSOOIDCServiceException:()=>Fe,SSOOIDCServiceException$:()=>Mb,SlowDownException:()=>ga,SlowDownException$:()=>qb,UnauthorizedClientException:()=>ha,
UnauthorizedClientException$:()=>Kb,UnsupportedGrantTypeException:()=>ya,UnsupportedGrantTypeException$:()=>Jb,__Client:()=>Me,errorTypeRegistries:()=>cy});var my=c(
()=>{ly();dP();mP();N();nl();fP();ay();gP();ol()});var hP,yP=c(()=>{hP=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(my(),dy)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var SP,EP=c(()=>{yP();SP=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(my(),dy));return(await hP(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var fy,xP=c(()=>{V();Jp();fy=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new Ut(`Token is expired. ${hs}`,!1)}});var Ao,RP=c(()=>{V();Jp();Ao=(t,e,r=!1)=>{if(typeof e>"u")throw new Ut(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${hs}`,!1)}});var _P,hB,wP,IP=c(()=>{V();_P=require("node:fs"),{writeFile:hB}=_P.promises,wP=(t,e)=>{let r=yi(t),o=JSON.stringify(e,null,2);return hB(r,o)}});var TP,il,gy,AP=c(()=>{V();Jp();EP();xP();RP();IP();TP=new Map,il=new Map,gy=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Or(t),o=pt({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new Ut(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new Ut(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=il.get(s);if(i)return await i;let p=(await wi(
t))[s];if(!p)throw new Ut(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let w of["sso_start_url","sso_region"])if(!p[w])throw new Ut(
`Sso session '${s}' is missing required property '${w}'.`,!1);let l=p.sso_start_url,u=p.sso_region,d;try{d=await Ei(s)}catch{throw new Ut(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${hs}`,!1)}Ao("accessToken",d.accessToken),Ao("expiresAt",d.expiresAt);let{accessToken:f,expiresAt:g}=d,
h={token:f,expiration:new Date(g)};if(h.expiration.getTime()-Date.now()>3e5)return h;let S=il.get(s);if(S)return await S;let y=TP.get(s)??0;if(Date.now()-y<30*1e3)
return fy(h),h;Ao("clientId",d.clientId,!0),Ao("clientSecret",d.clientSecret,!0),Ao("refreshToken",d.refreshToken,!0);let E=(async()=>{try{TP.set(s,Date.now());
let w=await SP(d,u,t,e);Ao("accessToken",w.accessToken),Ao("expiresIn",w.expiresIn);let I=new Date(Date.now()+w.expiresIn*1e3);try{await wP(s,{...d,accessToken:w.
accessToken,expiresAt:I.toISOString(),refreshToken:w.refreshToken})}catch{}return{token:w.accessToken,expiration:I}}catch{return fy(h),h}})();il.set(s,E);try{return await E}finally{
il.delete(s)}}});var CP=c(()=>{AP()});function SB(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function EB(t){return{schemeId:"smithy.api#noAuth"}}var vP,bP,PP,hy=c(()=>{Le();N();vP=async(t,e,r)=>({operation:le(e).operation,region:await re(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});bP=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
EB(t)):e.push(SB(t)),e},PP=t=>{let e=Ir(t);return Object.assign(e,{authSchemePreference:re(t.authSchemePreference??[])})}});var OP,DP,yy=c(()=>{OP=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),DP={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var xa,yn,al,NP,UP,cl,Sy,kP,Ey,Es,$P,LP,xB,bt,RB,MP,FP=c(()=>{ne();xa="ref",yn=-1,al=!0,NP="isSet",UP="PartitionResult",cl="booleanEquals",Sy="getAttr",kP={[xa]:"\
Endpoint"},Ey={[xa]:UP},Es={},$P=[{[xa]:"Region"}],LP={conditions:[[NP,[kP]],[NP,$P],["aws.partition",$P,UP],[cl,[{[xa]:"UseFIPS"},al]],[cl,[{[xa]:"UseDualStack"},
al]],[cl,[{fn:Sy,argv:[Ey,"supportsDualStack"]},al]],[cl,[{fn:Sy,argv:[Ey,"supportsFIPS"]},al]],["stringEquals",[{fn:Sy,argv:[Ey,"name"]},"aws-us-gov"]]],results:[
[yn],[yn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[yn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[kP,
Es],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Es],[yn,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Es],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Es],[yn,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Es],[yn,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Es],[yn,"Invalid Configuration: Missing Region"]]},xB=2,bt=1e8,RB=new Int32Array([-1,1,
-1,0,13,3,1,4,bt+12,2,5,bt+12,3,8,6,4,7,bt+11,5,bt+9,bt+10,4,11,9,6,10,bt+8,7,bt+6,bt+7,5,12,bt+5,6,bt+4,bt+5,3,bt+1,14,4,bt+2,bt+3]),MP=dt.from(RB,xB,LP.conditions,
LP.results)});var _B,HP,BP=c(()=>{K();ne();FP();_B=new mt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),HP=(t,e={})=>_B.get(t,()=>Xt(MP,{endpointParams:t,logger:e.
logger}));Be.aws=At});var oo,xy=c(()=>{N();oo=class t extends lt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var pl,ll,ul,dl,Ry=c(()=>{xy();pl=class t extends oo{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ll=class t extends oo{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},ul=class t extends oo{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends oo{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var wB,IB,TB,AB,CB,vB,bB,PB,OB,DB,NB,kB,$B,LB,UB,ml,fl,MB,FB,gl,HB,GP,hl,BB,GB,zB,zP,jB,VB,WB,Ar,jP,qB,Ra,KB,JB,XB,YB,VP,QB,ZB,e3,t3,r3,o3,WP,yl=c(()=>{ie();Ry();
xy();wB="AccessTokenType",IB="GetRoleCredentials",TB="GetRoleCredentialsRequest",AB="GetRoleCredentialsResponse",CB="InvalidRequestException",vB="RoleCredential\
s",bB="ResourceNotFoundException",PB="SecretAccessKeyType",OB="SessionTokenType",DB="TooManyRequestsException",NB="UnauthorizedException",kB="accountId",$B="acc\
essKeyId",LB="accessToken",UB="account_id",ml="client",fl="error",MB="expiration",FB="http",gl="httpError",HB="httpHeader",GP="httpQuery",hl="message",BB="roleC\
redentials",GB="roleName",zB="role_name",zP="smithy.ts.sdk.synthetic.com.amazonaws.sso",jB="secretAccessKey",VB="sessionToken",WB="x-amz-sso_bearer_token",Ar="c\
om.amazonaws.sso",jP=new se(zP),qB=[-3,zP,"SSOServiceException",0,[],[]];jP.registerError(qB,oo);Ra=new se(Ar),KB=[-3,Ar,CB,{[fl]:ml,[gl]:400},[hl],[0]];Ra.registerError(
KB,pl);JB=[-3,Ar,bB,{[fl]:ml,[gl]:404},[hl],[0]];Ra.registerError(JB,ll);XB=[-3,Ar,DB,{[fl]:ml,[gl]:429},[hl],[0]];Ra.registerError(XB,ul);YB=[-3,Ar,NB,{[fl]:ml,
[gl]:401},[hl],[0]];Ra.registerError(YB,dl);VP=[jP,Ra],QB=[0,Ar,wB,8,0],ZB=[0,Ar,PB,8,0],e3=[0,Ar,OB,8,0],t3=[3,Ar,TB,0,[GB,kB,LB],[[0,{[GP]:zB}],[0,{[GP]:UB}],
[()=>QB,{[HB]:WB}]],3],r3=[3,Ar,AB,0,[BB],[[()=>o3,0]]],o3=[3,Ar,vB,0,[$B,jB,VB,MB],[0,[()=>ZB,0],[()=>e3,0],1]],WP=[9,Ar,IB,{[FB]:["GET","/federation/credentia\
ls",200]},()=>t3,()=>r3]});var qP,KP=c(()=>{Le();gn();ue();to();N();q();F();hy();BP();yl();qP=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Oe,base64Encoder:t?.base64Encoder??
Te,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??HP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
bP,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Re},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new $e}],logger:t?.logger??new Ne,protocol:t?.protocol??ro,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:VP,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??_t,urlParser:t?.urlParser??Ce,utf8Decoder:t?.utf8Decoder??de,utf8Encoder:t?.utf8Encoder??pe})});var JP,XP=c(()=>{na();K();Le();N();V();Tt();F();wo();KP();JP=t=>{jt(process.version);let e=Jt(t),r=()=>e().then(zt),o=qP(t);Nt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??v(Ct,n),bodyLengthChecker:t?.bodyLengthChecker??
$t,defaultSocketTimeout:kt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??lr({serviceId:o.serviceId,clientVersion:Io.version}),maxAttempts:t?.
maxAttempts??v(ir,t),region:t?.region??v(He,{...ut,...n}),requestHandler:We.create(t?.requestHandler??r),retryMode:t?.retryMode??v({...cr,default:async()=>(await r()).
retryMode||ft},t),streamCollector:t?.streamCollector??Ze,useDualstackEndpoint:t?.useDualstackEndpoint??v(Ft,n),useFipsEndpoint:t?.useFipsEndpoint??v(Ht,n),userAgentAppId:t?.
userAgentAppId??v(ur,n)}}});var YP,QP,ZP=c(()=>{YP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},QP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var eO,tO=c(()=>{K();N();q();ZP();eO=(t,e)=>{let r=Object.assign(dr(t),Vt(t),Yt(t),YP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,mr(r),Wt(r),Qt(r),
QP(r))}});var xs,_y=c(()=>{K();ue();N();V();ne();q();Tt();ie();hy();yy();XP();tO();xs=class extends Me{config;constructor(...[e]){let r=JP(e||{});super(r),this.initConfig=
r;let o=OP(r),n=or(o),s=ar(n),i=Kt(s),a=i,p=xr(a),l=PP(p),u=eO(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Bt(this.config)),this.middlewareStack.
use(pr(this.config)),this.middlewareStack.use(_r(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(er(this.config)),this.middlewareStack.
use(tr(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(wt(this.config,{httpAuthSchemeParametersProvider:vP,identityProviderConfigProvider:async d=>new tt(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(It(this.config))}destroy(){super.destroy()}}});var rO,oO,nO,sO=c(()=>{N();ne();yy();rO=qt(DP,"SWBPortalService","SSOClient",Rr),oO={},nO=(t,e,r,o)=>[]});var Rs,wy=c(()=>{sO();yl();Rs=class extends rO(oO,nO,"GetRoleCredentials",WP){}});var n3,Iy,iO=c(()=>{N();wy();_y();n3={GetRoleCredentialsCommand:Rs},Iy=class extends xs{};Gt(n3,Iy)});var aO=c(()=>{wy()});var cO=c(()=>{});var pO=c(()=>{_y();iO();aO();yl();Ry();cO()});var lO={};Rt(lO,{GetRoleCredentialsCommand:()=>Rs,SSOClient:()=>xs});var uO=c(()=>{pO()});var _a,Ty,dO=c(()=>{K();CP();V();_a=!1,Ty=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:p,profile:l,filepath:u,configFilepath:d,ignoreCache:f,logger:g})=>{let h,S="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let Ie=await gy({profile:l,filepath:u,configFilepath:d,ignoreCache:f,clientConfig:i,parentClientConfig:a,logger:g})({callerClientConfig:p});
h={accessToken:Ie.token,expiresAt:new Date(Ie.expiration).toISOString()}}catch(Ie){throw new C(Ie.message,{tryNextLink:_a,logger:g})}else try{h=await Ei(t)}catch{
throw new C(`The SSO session associated with this profile is invalid. ${S}`,{tryNextLink:_a,logger:g})}if(new Date(h.expiresAt).getTime()-Date.now()<=0)throw new C(
`The SSO session associated with this profile has expired. ${S}`,{tryNextLink:_a,logger:g});let{accessToken:y}=h,{SSOClient:E,GetRoleCredentialsCommand:w}=await Promise.resolve().then(()=>(uO(),lO)),
I=s||new E(Object.assign({},i??{},{logger:i?.logger??p?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??p?.userAgentAppId??a?.userAgentAppId})),
P;try{P=await I.send(new w({accountId:r,roleName:n,accessToken:y}))}catch(Ie){throw new C(Ie,{tryNextLink:_a,logger:g})}let{roleCredentials:{accessKeyId:D,secretAccessKey:k,
sessionToken:z,expiration:Ae,credentialScope:Ue,accountId:X}={}}=P;if(!D||!k||!z||!Ae)throw new C("SSO returns an invalid temporary credential.",{tryNextLink:_a,
logger:g});let ae={accessKeyId:D,secretAccessKey:k,sessionToken:z,expiration:new Date(Ae),...Ue&&{credentialScope:Ue},...X&&{accountId:X}};return e?Y(ae,"CREDEN\
TIALS_SSO","s"):Y(ae,"CREDENTIALS_SSO_LEGACY","u"),ae}});var Sl,Ay=c(()=>{V();Sl=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new C(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var mO,fO=c(()=>{V();Qh();dO();Ay();mO=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,p=pt({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let u=(await Or(t))[p];if(!u)
throw new C(`Profile ${p} was not found.`,{logger:t.logger});if(!Kp(u))throw new C(`Profile ${p} is not configured with SSO credentials.`,{logger:t.logger});if(u?.
sso_session){let E=(await wi(t))[u.sso_session],w=` configurations in profile ${p} and sso-session ${u.sso_session}`;if(n&&n!==E.sso_region)throw new C("Conflic\
ting SSO region"+w,{tryNextLink:!1,logger:t.logger});if(r&&r!==E.sso_start_url)throw new C("Conflicting SSO start_url"+w,{tryNextLink:!1,logger:t.logger});u.sso_region=
E.sso_region,u.sso_start_url=E.sso_start_url}let{sso_start_url:d,sso_account_id:f,sso_region:g,sso_role_name:h,sso_session:S}=Sl(u,t.logger);return Ty({ssoStartUrl:d,
ssoSession:S,ssoAccountId:f,ssoRegion:g,ssoRoleName:h,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:p,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new C('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Ty({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:p,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Cy={};Rt(Cy,{fromSSO:()=>mO,isSsoProfile:()=>Kp,validateSsoProfile:()=>Sl});var vy=c(()=>{fO();Qh();Ay()});var gO,by,hO=c(()=>{K();V();gO=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(Yh(),Xh)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(Vp(),jp));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Xo(s(n??{}),i(n))().then(by)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(Vp(),jp));return async()=>s(
n)().then(by)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(Fh(),av));
return async()=>s(n)().then(by)}};if(t in o)return o[t];throw new C(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},by=t=>Y(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var ws,Sn,wa,yO,TO,Ia,qe,Py,SO,EO,xO,RO,_O,Ke,Oy,_s,wO,IO,s3,te,i3,AO,CO=c(()=>{ne();ws="ref",Sn=-1,wa=!0,yO="isSet",TO="PartitionResult",Ia="booleanEquals",qe=
"stringEquals",Py="getAttr",SO="us-east-1",EO="sigv4",xO="sts",RO="https://sts.{Region}.{PartitionResult#dnsSuffix}",_O={[ws]:"Endpoint"},Ke={[ws]:"Region"},Oy=
{[ws]:TO},_s={},wO=[Ke],IO={conditions:[[yO,[_O]],[yO,wO],["aws.partition",wO,TO],[Ia,[{[ws]:"UseFIPS"},wa]],[Ia,[{[ws]:"UseDualStack"},wa]],[qe,[Ke,"aws-global"]],
[Ia,[{[ws]:"UseGlobalEndpoint"},wa]],[qe,[Ke,"eu-central-1"]],[Ia,[{fn:Py,argv:[Oy,"supportsDualStack"]},wa]],[Ia,[{fn:Py,argv:[Oy,"supportsFIPS"]},wa]],[qe,[Ke,
"ap-south-1"]],[qe,[Ke,"eu-north-1"]],[qe,[Ke,"eu-west-1"]],[qe,[Ke,"eu-west-2"]],[qe,[Ke,"eu-west-3"]],[qe,[Ke,"sa-east-1"]],[qe,[Ke,SO]],[qe,[Ke,"us-east-2"]],
[qe,[Ke,"us-west-2"]],[qe,[Ke,"us-west-1"]],[qe,[Ke,"ca-central-1"]],[qe,[Ke,"ap-southeast-1"]],[qe,[Ke,"ap-northeast-1"]],[qe,[Ke,"ap-southeast-2"]],[qe,[{fn:Py,
argv:[Oy,"name"]},"aws-us-gov"]]],results:[[Sn],["https://sts.amazonaws.com",{authSchemes:[{name:EO,signingName:xO,signingRegion:SO}]}],[RO,{authSchemes:[{name:EO,
signingName:xO,signingRegion:"{Region}"}]}],[Sn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Sn,"Invalid Configuration: Dualstack and c\
ustom endpoint are not supported"],[_O,_s],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",_s],[Sn,"FIPS and DualStack are enabled, but this p\
artition does not support one or both"],["https://sts.{Region}.amazonaws.com",_s],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",_s],[Sn,"FIPS is enab\
led but this partition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",_s],[Sn,"DualStack is enabled but this partition doe\
s not support DualStack"],[RO,_s],[Sn,"Invalid Configuration: Missing Region"]]},s3=2,te=1e8,i3=new Int32Array([-1,1,-1,0,30,3,1,4,te+14,2,5,te+14,3,25,6,4,24,7,
5,te+1,8,6,9,te+13,7,te+1,10,10,te+1,11,11,te+1,12,12,te+1,13,13,te+1,14,14,te+1,15,15,te+1,16,16,te+1,17,17,te+1,18,18,te+1,19,19,te+1,20,20,te+1,21,21,te+1,22,
22,te+1,23,23,te+1,te+2,8,te+11,te+12,4,28,26,9,27,te+10,24,te+8,te+9,8,29,te+7,9,te+6,te+7,3,te+3,31,4,te+4,te+5]),AO=dt.from(i3,s3,IO.conditions,IO.results)});var a3,El,Dy=c(()=>{K();ne();CO();a3=new mt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),El=(t,e={})=>a3.get(t,()=>Xt(AO,
{endpointParams:t,logger:e.logger}));Be.aws=At});function bO(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Ny(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function PO(t){return{schemeId:"smithy.api#noAuth"}}var c3,p3,vO,l3,u3,OO,DO,ky=c(()=>{Le();Yi();N();ne();Dy();c3=t=>async(e,r,o)=>{if(!o)throw new Error("Could\
 not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=le(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await qn(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},p3=async(t,e,r)=>({operation:le(e).operation,region:await re(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#s\
igv4`")})()}),vO=c3(p3);l3=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let p of i){let{name:l,properties:u={},...d}=p,f=l.toLowerCase();
l!==f&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${f}'`);let g;if(f==="sigv4a"){g="aws.auth#sigv4a";let y=i.find(E=>{let w=E.
name.toLowerCase();return w!=="sigv4a"&&w.startsWith("sigv4")});if(kr.sigv4aDependency()==="none"&&y)continue}else if(f.startsWith("sigv4"))g="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${f}'`);let h=r[g];if(!h)throw new Error(`Could not find HttpAuthOption creat\
e function for '${g}'`);let S=h(n);S.schemeId=g,S.signingProperties={...S.signingProperties||{},...d,...u},a.push(S)}return a},u3=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(PO(t)),e.push(Ny(t))):(e.push(bO(t)),e.push(Ny(t))),e},OO=l3(El,u3,{"aws.auth#sigv4":bO,"aws.auth#sigv4a":Ny,"smithy.api#noA\
uth":PO}),DO=t=>{let e=Ir(t),r=ps(e);return Object.assign(r,{authSchemePreference:re(t.authSchemePreference??[])})}});var NO,kO,$y=c(()=>{NO=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),kO={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var Pt,xl=c(()=>{N();Pt=class t extends lt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ta,Aa,Ca,va,ba,Pa,Oa,Ly=c(()=>{xl();Ta=class t extends Pt{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="clie\
nt";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Aa=class t extends Pt{static shapeId="co\
m.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ca=class t extends Pt{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="\
PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
va=class t extends Pt{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"Regi\
onDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ba=class t extends Pt{static shapeId="com.amazonaws.sts#IDPRejectedClaimEx\
ception";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Pa=class t extends Pt{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){
super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Oa=class t extends Pt{static shapeId="com.amazonaws\
.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}}});var d3,m3,f3,g3,h3,y3,Uy,S3,E3,x3,R3,My,_3,$O,w3,I3,T3,A3,C3,v3,b3,P3,LO,UO,MO,O3,D3,N3,k3,$3,L3,FO,U3,M3,HO,F3,BO,H3,B3,Fy,G3,z3,GO,zO,j3,V3,W3,q3,K3,J3,X3,Y3,
En,xn,Q3,Rn,_n,wn,Z3,jO,e4,me,VO,WO,Co,qO,KO,JO,XO,YO,QO,ZO,Hy,t4,r4,By,eD,tD,rD,oD,Gy,nD,sD,iD,aD,o4,n4,zy,jy,Da=c(()=>{ie();Ly();xl();d3="Arn",m3="AccessKeyId",
f3="AssumeRole",g3="AssumedRoleId",h3="AssumeRoleRequest",y3="AssumeRoleResponse",Uy="AssumedRoleUser",S3="AssumeRoleWithWebIdentity",E3="AssumeRoleWithWebIdent\
ityRequest",x3="AssumeRoleWithWebIdentityResponse",R3="Audience",My="Credentials",_3="ContextAssertion",$O="DurationSeconds",w3="Expiration",I3="ExternalId",T3=
"ExpiredTokenException",A3="IDPCommunicationErrorException",C3="IDPRejectedClaimException",v3="InvalidIdentityTokenException",b3="Key",P3="MalformedPolicyDocume\
ntException",LO="MinimumSessionTokenSize",UO="Policy",MO="PolicyArns",O3="ProviderArn",D3="ProvidedContexts",N3="ProvidedContextsListType",k3="ProvidedContext",
$3="PolicyDescriptorType",L3="ProviderId",FO="PackedPolicySize",U3="PackedPolicyTooLargeException",M3="Provider",HO="RoleArn",F3="RegionDisabledException",BO="R\
oleSessionName",H3="SecretAccessKey",B3="SubjectFromWebIdentityToken",Fy="SourceIdentity",G3="SerialNumber",z3="SessionToken",GO="SessionTokenSize",zO="SessionT\
okenUtilization",j3="Tags",V3="TokenCode",W3="TransitiveTagKeys",q3="Tag",K3="Value",J3="WebIdentityToken",X3="arn",Y3="accessKeySecretType",En="awsQueryError",
xn="client",Q3="clientTokenType",Rn="error",_n="httpError",wn="message",Z3="policyDescriptorListType",jO="smithy.ts.sdk.synthetic.com.amazonaws.sts",e4="tagList\
Type",me="com.amazonaws.sts",VO=new se(jO),WO=[-3,jO,"STSServiceException",0,[],[]];VO.registerError(WO,Pt);Co=new se(me),qO=[-3,me,T3,{[En]:["ExpiredTokenExcep\
tion",400],[Rn]:xn,[_n]:400},[wn],[0]];Co.registerError(qO,Ta);KO=[-3,me,A3,{[En]:["IDPCommunicationError",400],[Rn]:xn,[_n]:400},[wn],[0]];Co.registerError(KO,
Oa);JO=[-3,me,C3,{[En]:["IDPRejectedClaim",403],[Rn]:xn,[_n]:403},[wn],[0]];Co.registerError(JO,ba);XO=[-3,me,v3,{[En]:["InvalidIdentityToken",400],[Rn]:xn,[_n]:400},
[wn],[0]];Co.registerError(XO,Pa);YO=[-3,me,P3,{[En]:["MalformedPolicyDocument",400],[Rn]:xn,[_n]:400},[wn],[0]];Co.registerError(YO,Aa);QO=[-3,me,U3,{[En]:["Pa\
ckedPolicyTooLarge",400],[Rn]:xn,[_n]:400},[wn],[0]];Co.registerError(QO,Ca);ZO=[-3,me,F3,{[En]:["RegionDisabledException",403],[Rn]:xn,[_n]:403},[wn],[0]];Co.registerError(
ZO,va);Hy=[VO,Co],t4=[0,me,Y3,8,0],r4=[0,me,Q3,8,0],By=[3,me,Uy,0,[g3,d3],[0,0],2],eD=[3,me,h3,0,[HO,BO,MO,UO,$O,j3,W3,I3,G3,V3,Fy,D3,LO],[0,0,()=>aD,0,1,()=>n4,
64,0,0,0,0,()=>o4,1],2],tD=[3,me,y3,0,[My,Uy,FO,Fy,zO,GO],[[()=>Gy,0],()=>By,1,0,1,1]],rD=[3,me,E3,0,[HO,BO,J3,L3,MO,UO,$O,LO],[0,0,[()=>r4,0],0,()=>aD,0,1,1],3],
oD=[3,me,x3,0,[My,B3,Uy,FO,M3,R3,Fy,zO,GO],[[()=>Gy,0],0,()=>By,1,0,0,0,1,1]],Gy=[3,me,My,0,[m3,H3,z3,w3],[0,[()=>t4,0],0,4],4],nD=[3,me,$3,0,[X3],[0]],sD=[3,me,
k3,0,[O3,_3],[0,0]],iD=[3,me,q3,0,[b3,K3],[0,0],2],aD=[1,me,Z3,0,()=>nD],o4=[1,me,N3,0,()=>sD],n4=[1,me,e4,0,()=>iD],zy=[9,me,f3,0,()=>eD,()=>tD],jy=[9,me,S3,0,
()=>rD,()=>oD]});var cD,pD=c(()=>{Le();gn();Yi();ue();to();N();q();F();ky();Dy();Da();cD=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Oe,base64Encoder:t?.base64Encoder??
Te,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??El,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
OO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Re},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new $e}],logger:t?.logger??new Ne,protocol:t?.protocol??fn,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Hy,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??_t,signerConstructor:t?.signerConstructor??kr,urlParser:t?.urlParser??Ce,utf8Decoder:t?.utf8Decoder??de,
utf8Encoder:t?.utf8Encoder??pe})});var lD,uD=c(()=>{na();K();Le();ue();N();V();Tt();F();wo();pD();lD=t=>{jt(process.version);let e=Jt(t),r=()=>e().then(zt),o=cD(t);Nt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??v(Ct,n),bodyLengthChecker:t?.bodyLengthChecker??
$t,defaultSocketTimeout:kt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??lr({serviceId:o.serviceId,clientVersion:Io.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new Re},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new $e}],maxAttempts:t?.maxAttempts??v(ir,t),region:t?.region??v(He,{...ut,...n}),requestHandler:We.
create(t?.requestHandler??r),retryMode:t?.retryMode??v({...cr,default:async()=>(await r()).retryMode||ft},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??v(
ls,n),streamCollector:t?.streamCollector??Ze,useDualstackEndpoint:t?.useDualstackEndpoint??v(Ft,n),useFipsEndpoint:t?.useFipsEndpoint??v(Ht,n),userAgentAppId:t?.
userAgentAppId??v(ur,n)}}});var dD,mD,fD=c(()=>{dD=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},mD=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var gD,hD=c(()=>{K();N();q();fD();gD=(t,e)=>{let r=Object.assign(dr(t),Vt(t),Yt(t),dD(t));return e.forEach(o=>o.configure(r)),Object.assign(t,mr(r),Wt(r),Qt(r),
mD(r))}});var vo,Rl=c(()=>{K();ue();N();V();ne();q();Tt();ie();ky();$y();uD();hD();vo=class extends Me{config;constructor(...[e]){let r=lD(e||{});super(r),this.initConfig=
r;let o=NO(r),n=or(o),s=ar(n),i=Kt(s),a=i,p=xr(a),l=DO(p),u=gD(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Bt(this.config)),this.middlewareStack.
use(pr(this.config)),this.middlewareStack.use(_r(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(er(this.config)),this.middlewareStack.
use(tr(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(wt(this.config,{httpAuthSchemeParametersProvider:vO,identityProviderConfigProvider:async d=>new tt(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(It(this.config))}destroy(){super.destroy()}}});var _l,wl,Il,Vy=c(()=>{N();ne();$y();_l=qt(kO,"AWSSecurityTokenServiceV20110615","STSClient",Rr),wl={},Il=(t,e,r,o)=>[]});var In,Tl=c(()=>{Vy();Da();In=class extends _l(wl,Il,"AssumeRole",zy){}});var Tn,Al=c(()=>{Vy();Da();Tn=class extends _l(wl,Il,"AssumeRoleWithWebIdentity",jy){}});var s4,Cl,yD=c(()=>{N();Tl();Al();Rl();s4={AssumeRoleCommand:In,AssumeRoleWithWebIdentityCommand:Tn},Cl=class extends vo{};Gt(s4,Cl)});var SD=c(()=>{Tl();Al()});var ED=c(()=>{});var xD,RD,_D,wD,ID,TD=c(()=>{K();Tl();Al();xD=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},RD=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await dh(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},_D=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:u=t?.parentClientConfig?.logger,profile:d=t?.parentClientConfig?.profile,region:f,requestHandler:g=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:h,userAgentAppId:S=t?.parentClientConfig?.userAgentAppId}=t,y=await RD(f,t?.parentClientConfig?.region,
h,{logger:u,profile:d}),E=!ID(g);r=new e({...t,userAgentAppId:S,profile:d,credentialDefaultProvider:()=>async()=>o,region:y,requestHandler:E?g:void 0,logger:u})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new In(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let p=xD(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...p&&{accountId:p}};return Y(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},wD=(t,e)=>{let r;return async o=>{if(!r){let{logger:p=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:u,requestHandler:d=t?.parentClientConfig?.requestHandler,credentialProviderLogger:f,userAgentAppId:g=t?.
parentClientConfig?.userAgentAppId}=t,h=await RD(u,t?.parentClientConfig?.region,f,{logger:p,profile:l}),S=!ID(d);r=new e({...t,userAgentAppId:g,profile:l,region:h,
requestHandler:S?d:void 0,logger:p})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new Tn(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=xD(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&Y(a,"RESOLVED_ACCOUNT_ID","T"),Y(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},ID=t=>t?.metadata?.handlerProtocol==="h2"});var AD,CD,vD,i4,bD=c(()=>{TD();Rl();AD=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,CD=(t={},e)=>_D(t,AD(vo,e)),
vD=(t={},e)=>wD(t,AD(vo,e)),i4=t=>e=>t({roleAssumer:CD(e),roleAssumerWithWebIdentity:vD(e),...e})});var Wy={};Rt(Wy,{$Command:()=>Er,AssumeRole$:()=>zy,AssumeRoleCommand:()=>In,AssumeRoleRequest$:()=>eD,AssumeRoleResponse$:()=>tD,AssumeRoleWithWebIdentity$:()=>jy,
AssumeRoleWithWebIdentityCommand:()=>Tn,AssumeRoleWithWebIdentityRequest$:()=>rD,AssumeRoleWithWebIdentityResponse$:()=>oD,AssumedRoleUser$:()=>By,Credentials$:()=>Gy,
ExpiredTokenException:()=>Ta,ExpiredTokenException$:()=>qO,IDPCommunicationErrorException:()=>Oa,IDPCommunicationErrorException$:()=>KO,IDPRejectedClaimException:()=>ba,
IDPRejectedClaimException$:()=>JO,InvalidIdentityTokenException:()=>Pa,InvalidIdentityTokenException$:()=>XO,MalformedPolicyDocumentException:()=>Aa,MalformedPolicyDocumentException$:()=>YO,
PackedPolicyTooLargeException:()=>Ca,PackedPolicyTooLargeException$:()=>QO,PolicyDescriptorType$:()=>nD,ProvidedContext$:()=>sD,RegionDisabledException:()=>va,RegionDisabledException$:()=>ZO,
STS:()=>Cl,STSClient:()=>vo,STSServiceException:()=>Pt,STSServiceException$:()=>WO,Tag$:()=>iD,__Client:()=>Me,decorateDefaultCredentialProvider:()=>i4,errorTypeRegistries:()=>Hy,
getDefaultRoleAssumer:()=>CD,getDefaultRoleAssumerWithWebIdentity:()=>vD});var qy=c(()=>{Rl();yD();SD();N();Da();Ly();ED();bD();xl()});var OD,a4,c4,DD,PD,ND=c(()=>{K();V();hO();OD=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(a4(t,{
profile:e,logger:r})||c4(t,{profile:e,logger:r})),a4=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},c4=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},DD=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:p}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:u}=await Promise.resolve().then(()=>(qy(),Wy));
r.roleAssumer=u({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:p??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new C(`Detected a cycle attempting to resolve credentials for profile ${pt(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},PD(e[a]??{})):(await gO(i.credential_source,t,r.logger)(r))();if(PD(i))return l.then(u=>Y(u,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let u={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:d}=i;if(d){if(!r.mfaCodeProvider)throw new C(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});u.SerialNumber=d,u.TokenCode=await r.mfaCodeProvider(d)}let f=await l;return r.roleAssumer(f,u).then(g=>Y(g,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},PD=t=>!t.role_arn&&!!t.credential_source});function p4(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function l4(t){return{schemeId:"smithy.api#noAuth"}}var kD,$D,LD,Ky=c(()=>{Le();N();kD=async(t,e,r)=>({operation:le(e).operation,region:await re(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});$D=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(l4(t)):e.push(p4(
t)),e},LD=t=>{let e=Ir(t);return Object.assign(e,{authSchemePreference:re(t.authSchemePreference??[])})}});var UD,MD,Jy=c(()=>{UD=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),MD=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Oo,bo,FD,Is,HD,Ts,BD,Yy,no,Xy,GD,zD,Po,qD,jD,vl,rt,VD,WD,u4,Q,d4,KD,JD=c(()=>{ne();Oo="ref",bo=-1,FD=!1,Is=!0,HD="isSet",Ts="booleanEquals",BD="coalesce",Yy=
"PartitionResult",no="stringEquals",Xy="getAttr",GD="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",zD={[Oo]:"Endpoint"},Po={fn:Xy,argv:[{[Oo]:Yy},
"name"]},qD={[Oo]:"Region"},jD={[Oo]:Yy},vl={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},rt={},VD=[qD],WD={conditions:[[HD,VD],[
Ts,[{fn:BD,argv:[{[Oo]:"IsControlPlane"},FD]},Is]],[HD,[zD]],["aws.partition",VD,Yy],[Ts,[{[Oo]:"UseFIPS"},Is]],[no,[Po,"aws"]],[Ts,[{fn:BD,argv:[{[Oo]:"IsOAuth\
Endpoint"},FD]},Is]],[Ts,[{[Oo]:"UseDualStack"},Is]],[no,[Po,"aws-cn"]],[no,[qD,"us-gov-west-1"]],[no,[Po,"aws-us-gov"]],[Ts,[{fn:Xy,argv:[jD,"supportsFIPS"]},Is]],
[no,[Po,"aws-iso"]],[no,[Po,"aws-iso-b"]],[no,[Po,"aws-iso-f"]],[no,[Po,"aws-iso-e"]],[no,[Po,"aws-eusc"]],[Ts,[{fn:Xy,argv:[jD,"supportsDualStack"]},Is]]],results:[
[bo],["https://signin.{Region}.api.aws",vl],["https://signin.{Region}.api.amazonwebservices.com.cn",vl],[GD,vl],[bo,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",vl],["https://{Region}.signin.aws.amazon.com",rt],["https://{Regio\
n}.signin.amazonaws.cn",rt],["https://{Region}.signin.amazonaws-us-gov.com",rt],["https://{Region}.signin.c2shome.ic.gov",rt],["https://{Region}.signin.sc2shome\
.sgov.gov",rt],["https://{Region}.signin.csphome.hci.ic.gov",rt],["https://{Region}.signin.csphome.adc-e.uk",rt],["https://{Region}.signin.amazonaws-eusc.eu",rt],
["https://signin-fips.amazonaws-us-gov.com",rt],["https://{Region}.signin-fips.amazonaws-us-gov.com",rt],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
rt],[bo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[bo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[zD,rt],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",rt],[bo,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",rt],[bo,"FIPS is enabled but this partition does not support FIPS"],[GD,rt],[bo,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",rt],[bo,"Invalid Configuration: Missing Region"]]},u4=2,
Q=1e8,d4=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,Q+27,6,Q+4,Q+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,Q+7,13,10,Q+8,14,12,Q+9,15,13,Q+10,16,14,Q+11,17,
15,Q+12,18,16,Q+13,Q+16,6,Q+5,20,7,21,Q+6,17,Q+24,Q+25,6,Q+4,23,7,27,24,9,Q+14,25,10,Q+15,26,11,Q+22,Q+23,11,28,Q+21,17,Q+20,Q+21,2,35,30,3,39,31,4,32,Q+27,6,Q+
4,33,7,Q+27,34,9,Q+14,Q+27,3,39,36,4,38,37,7,Q+18,Q+19,6,Q+4,Q+17,5,Q+1,40,8,Q+2,Q+3]),KD=dt.from(d4,u4,WD.conditions,WD.results)});var m4,XD,YD=c(()=>{K();ne();JD();m4=new mt({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),XD=(t,e={})=>m4.
get(t,()=>Xt(KD,{endpointParams:t,logger:e.logger}));Be.aws=At});var Ur,bl=c(()=>{N();Ur=class t extends lt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Na,ka,$a,La,Qy=c(()=>{bl();Na=class t extends Ur{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},ka=class t extends Ur{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},$a=class t extends Ur{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},La=class t extends Ur{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var f4,g4,h4,y4,S4,E4,x4,R4,_4,w4,I4,T4,A4,C4,v4,QD,Zy,b4,oS,ZD,eN,P4,Do,eS,O4,tS,D4,sN,nS,tN,Je,Ol,N4,Pl,rN,iN,oN,nN,k4,$4,L4,rS,U4,ot,aN,cN,Ua,pN,lN,uN,dN,sS,
M4,mN,fN,gN,hN,yN,SN,EN,xN,iS,aS,Ma=c(()=>{ie();Qy();bl();f4="AccessDeniedException",g4="AccessToken",h4="CreateOAuth2Token",y4="CreateOAuth2TokenRequest",S4="C\
reateOAuth2TokenRequestBody",E4="CreateOAuth2TokenResponseBody",x4="CreateOAuth2TokenResponse",R4="CreateOAuth2TokenWithIAM",_4="CreateOAuth2TokenWithIAMRequest",
w4="CreateOAuth2TokenWithIAMResponse",I4="InternalServerException",T4="OAuthAccessToken",A4="RefreshToken",C4="TooManyRequestsError",v4="ValidationException",QD=
"accessKeyId",Zy="accessToken",b4="access_token",oS="client",ZD="clientId",eN="codeVerifier",P4="code",Do="error",eS="expiresIn",O4="expires_in",tS="grantType",
D4="grant_type",sN="http",nS="httpError",tN="idToken",Je="jsonName",Ol="message",N4="resource",Pl="refreshToken",rN="redirectUri",iN="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",oN="secretAccessKey",nN="sessionToken",k4="server",$4="tokenInput",L4="tokenOutput",rS="tokenType",U4="token_type",ot="com.amazonaws.signin",
aN=new se(iN),cN=[-3,iN,"SigninServiceException",0,[],[]];aN.registerError(cN,Ur);Ua=new se(ot),pN=[-3,ot,f4,{[Do]:oS},[Do,Ol],[0,0],2];Ua.registerError(pN,Na);
lN=[-3,ot,I4,{[Do]:k4,[nS]:500},[Do,Ol],[0,0],2];Ua.registerError(lN,ka);uN=[-3,ot,C4,{[Do]:oS,[nS]:429},[Do,Ol],[0,0],2];Ua.registerError(uN,$a);dN=[-3,ot,v4,{
[Do]:oS,[nS]:400},[Do,Ol],[0,0],2];Ua.registerError(dN,La);sS=[aN,Ua],M4=[0,ot,T4,8,0],mN=[0,ot,A4,8,0],fN=[3,ot,g4,8,[QD,oN,nN],[[0,{[Je]:QD}],[0,{[Je]:oN}],[0,
{[Je]:nN}]],3],gN=[3,ot,y4,0,[$4],[[()=>hN,16]],1],hN=[3,ot,S4,0,[ZD,tS,P4,rN,eN,Pl],[[0,{[Je]:ZD}],[0,{[Je]:tS}],0,[0,{[Je]:rN}],[0,{[Je]:eN}],[()=>mN,{[Je]:Pl}]],
2],yN=[3,ot,x4,0,[L4],[[()=>SN,16]],1],SN=[3,ot,E4,0,[Zy,rS,eS,Pl,tN],[[()=>fN,{[Je]:Zy}],[0,{[Je]:rS}],[1,{[Je]:eS}],[()=>mN,{[Je]:Pl}],[0,{[Je]:tN}]],4],EN=[3,
ot,_4,0,[tS,N4],[[0,{[Je]:D4}],0],2],xN=[3,ot,w4,0,[Zy,rS,eS],[[()=>M4,{[Je]:b4}],[0,{[Je]:U4}],[1,{[Je]:O4}]],3],iS=[9,ot,h4,{[sN]:["POST","/v1/token",200]},()=>gN,
()=>yN],aS=[9,ot,R4,{[sN]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>EN,()=>xN]});var RN,_N=c(()=>{Le();gn();ue();to();N();q();F();Ky();YD();Ma();RN=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Oe,base64Encoder:t?.base64Encoder??
Te,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??XD,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
$D,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Re},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new $e}],logger:t?.logger??new Ne,protocol:t?.protocol??ro,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:sS,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??_t,urlParser:t?.urlParser??Ce,utf8Decoder:t?.utf8Decoder??de,utf8Encoder:t?.utf8Encoder??pe})});var wN,IN=c(()=>{na();K();Le();N();V();Tt();F();wo();_N();wN=t=>{jt(process.version);let e=Jt(t),r=()=>e().then(zt),o=RN(t);Nt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??v(Ct,n),bodyLengthChecker:t?.bodyLengthChecker??
$t,defaultSocketTimeout:kt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??lr({serviceId:o.serviceId,clientVersion:Io.version}),maxAttempts:t?.
maxAttempts??v(ir,t),region:t?.region??v(He,{...ut,...n}),requestHandler:We.create(t?.requestHandler??r),retryMode:t?.retryMode??v({...cr,default:async()=>(await r()).
retryMode||ft},t),streamCollector:t?.streamCollector??Ze,useDualstackEndpoint:t?.useDualstackEndpoint??v(Ft,n),useFipsEndpoint:t?.useFipsEndpoint??v(Ht,n),userAgentAppId:t?.
userAgentAppId??v(ur,n)}}});var TN,AN,CN=c(()=>{TN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},AN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var vN,bN=c(()=>{K();N();q();CN();vN=(t,e)=>{let r=Object.assign(dr(t),Vt(t),Yt(t),TN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,mr(r),Wt(r),Qt(r),
AN(r))}});var Fa,cS=c(()=>{K();ue();N();V();ne();q();Tt();ie();Ky();Jy();IN();bN();Fa=class extends Me{config;constructor(...[e]){let r=wN(e||{});super(r),this.initConfig=
r;let o=UD(r),n=or(o),s=ar(n),i=Kt(s),a=i,p=xr(a),l=LD(p),u=vN(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Bt(this.config)),this.middlewareStack.
use(pr(this.config)),this.middlewareStack.use(_r(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(er(this.config)),this.middlewareStack.
use(tr(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(wt(this.config,{httpAuthSchemeParametersProvider:kD,identityProviderConfigProvider:async d=>new tt(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(It(this.config))}destroy(){super.destroy()}}});var Dl,PN,ON,Nl,pS=c(()=>{N();ne();Jy();Dl=qt(MD,"Signin","SigninClient",Rr),PN={IsControlPlane:{type:"staticContextParams",value:!1}},ON={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Nl=(t,e,r,o)=>[]});var Ha,lS=c(()=>{pS();Ma();Ha=class extends Dl(PN,Nl,"CreateOAuth2Token",iS){}});var Ba,uS=c(()=>{pS();Ma();Ba=class extends Dl(ON,Nl,"CreateOAuth2TokenWithIAM",aS){}});var F4,kl,DN=c(()=>{N();lS();uS();cS();F4={CreateOAuth2TokenCommand:Ha,CreateOAuth2TokenWithIAMCommand:Ba},kl=class extends Fa{};Gt(F4,kl)});var NN=c(()=>{lS();uS()});var H4,kN=c(()=>{H4={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"\
rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"\
server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"}});var $N=c(()=>{});var LN={};Rt(LN,{$Command:()=>Er,AccessDeniedException:()=>Na,AccessDeniedException$:()=>pN,AccessToken$:()=>fN,CreateOAuth2Token$:()=>iS,CreateOAuth2TokenCommand:()=>Ha,
CreateOAuth2TokenRequest$:()=>gN,CreateOAuth2TokenRequestBody$:()=>hN,CreateOAuth2TokenResponse$:()=>yN,CreateOAuth2TokenResponseBody$:()=>SN,CreateOAuth2TokenWithIAM$:()=>aS,
CreateOAuth2TokenWithIAMCommand:()=>Ba,CreateOAuth2TokenWithIAMRequest$:()=>EN,CreateOAuth2TokenWithIAMResponse$:()=>xN,InternalServerException:()=>ka,InternalServerException$:()=>lN,
OAuth2ErrorCode:()=>H4,Signin:()=>kl,SigninClient:()=>Fa,SigninServiceException:()=>Ur,SigninServiceException$:()=>cN,TooManyRequestsError:()=>$a,TooManyRequestsError$:()=>uN,
ValidationException:()=>La,ValidationException$:()=>dN,__Client:()=>Me,errorTypeRegistries:()=>sS});var UN=c(()=>{cS();DN();NN();N();Ma();kN();Qy();$N();bl()});var No,$l,MN,Ga,Ll,FN=c(()=>{V();q();No=require("node:crypto"),$l=require("node:fs"),MN=require("node:os"),Ga=require("node:path"),Ll=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new C(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:p,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(UN(),LN)),{logger:u,userAgentAppId:d}=this.callerClientConfig??{},g=(w=>w?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,h=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,S=h??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,y=new p({credentials:{accessKeyId:"",
secretAccessKey:""},region:S,requestHandler:g,logger:u,userAgentAppId:d,...this.init?.clientConfig,...h&&{region:h}});this.createDPoPInterceptor(y.middlewareStack);
let E={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let w=await y.send(new l(E)),{accessKeyId:I,secretAccessKey:P,
sessionToken:D}=w.tokenOutput?.accessToken??{},{refreshToken:k,expiresIn:z}=w.tokenOutput??{};if(!I||!P||!D||!k)throw new C("Token refresh response missing requ\
ired fields",{logger:this.logger,tryNextLink:!1});let Ae=(z??900)*1e3,Ue=new Date(Date.now()+Ae),X={...i,accessToken:{...i.accessToken,accessKeyId:I,secretAccessKey:P,
sessionToken:D,expiresAt:Ue.toISOString()},refreshToken:k};return await this.saveToken(X),this.toCredentials(X.accessToken)}catch(w){if(w.name==="AccessDeniedEx\
ception"){let P=w.error,D;switch(P){case"TOKEN_EXPIRED":D="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":D="Unable to r\
efresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":D="Unable to refres\
h credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:D=`Failed to refresh token: ${String(
w)}. Please re-authenticate using \`aws login\``}throw new C(D,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(w)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new C(`Failed to refresh tok\
en: ${String(w)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await $l.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new C(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new C(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,Ga.dirname)(r);try{await $l.promises.mkdir(o,{recursive:!0})}catch{}
await $l.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Ga.join)((0,MN.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,No.createHash)("sha256").update(r).digest("hex");return(0,Ga.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),p=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,p])}createDPoPInterceptor(e){e.add(r=>async o=>{if(Z.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,No.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,No.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let w=0;w<i.length;w++)if(i[w]===4){a=w;break}let p=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),u={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:p.toString("base64url"),y:l.toString("base64url")}},d={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=Buffer.from(JSON.stringify(d)).toString("base64url"),h=`${f}.${g}`,S=(0,No.sign)(
"sha256",Buffer.from(h),n),E=this.derToRawSignature(S).toString("base64url");return`${h}.${E}`}catch(n){throw new C(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var HN,BN=c(()=>{K();V();FN();HN=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Or(
t||{}),o=pt({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new C(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new Ll(n,t,e).loadCredentials();return Y(i,"CREDENTIALS_LOGIN","AD")}});var GN={};Rt(GN,{fromLoginCredentials:()=>HN});var zN=c(()=>{BN()});var jN,VN,WN=c(()=>{K();jN=t=>!!(t&&t.login_session),VN=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(zN(),GN)),n=await o({...e,profile:t})(
{callerClientConfig:r});return Y(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var qN,KN=c(()=>{K();qN=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return Y(n,"CREDENTIALS_PROCESS","w"),n}});var JN,XN,YN,QN=c(()=>{V();JN=require("node:child_process"),XN=require("node:util");KN();YN=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,XN.promisify)(Ii?.getTokenRecord?.().exec??JN.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return qN(t,a,e)}catch(i){throw new C(i.message,{logger:r})}}else throw new C(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new C(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var ZN,ek=c(()=>{V();QN();ZN=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Or(t);
return YN(pt({profile:t.profile??e?.profile}),r,t.logger)}});var dS={};Rt(dS,{fromProcess:()=>ZN});var mS=c(()=>{ek()});var tk,rk,ok=c(()=>{K();tk=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",rk=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(mS(),dS)),
o=await r({...t,profile:e})();return Y(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var nk,sk,ik=c(()=>{K();nk=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(vy(),Cy));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?Y(s,"CREDENTIALS_PROFILE_SSO","r"):Y(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},sk=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var fS,gS,ak=c(()=>{K();fS=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,gS=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return Y(r,"CREDENTIALS_PROFILE","n")}});var Ul,hS=c(()=>{Ul=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:p}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:u}=await Promise.resolve().then(()=>(qy(),Wy));
l=u({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:p})}});var pk,ck,B4,G4,lk,uk=c(()=>{K();V();pk=require("node:fs");hS();ck="AWS_WEB_IDENTITY_TOKEN_FILE",B4="AWS_ROLE_ARN",G4="AWS_ROLE_SESSION_NAME",lk=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[ck],o=t?.roleArn??process.env[B4],n=t?.roleSessionName??
process.env[G4];if(!r||!o)throw new C("Web identity configuration not specified",{logger:t.logger});let s=await Ul({...t,webIdentityToken:Ii?.getTokenRecord?.()[r]??
(0,pk.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[ck]&&Y(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var yS={};Rt(yS,{fromTokenFile:()=>lk,fromWebToken:()=>Ul});var SS=c(()=>{uk();hS()});var dk,mk,fk=c(()=>{K();dk=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,mk=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(SS(),yS)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return Y(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var ES,gk=c(()=>{V();ND();WN();ok();ik();ak();fk();ES=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&fS(i))return gS(i,r);if(s||OD(i,{profile:t,
logger:r.logger}))return DD(t,e,r,o,n,ES);if(fS(i))return gS(i,r);if(dk(i))return mk(i,r,o);if(tk(i))return rk(r,t);if(sk(i))return await nk(t,i,r,o);if(jN(i))return VN(
t,r,o);throw new C(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var hk,yk=c(()=>{V();gk();hk=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Or(t);return ES(
pt({profile:t.profile??e?.profile}),r,t,e)}});var Sk={};Rt(Sk,{fromIni:()=>hk});var Ek=c(()=>{yk()});var xk,As,Rk,_k=c(()=>{Fh();V();ib();cb();xk=!1,As=(t={})=>ab([async()=>{if(t.profile??process.env[yc])throw process.env[ea]&&process.env[ta]&&(xk||((t.logger?.
warn&&t.logger?.constructor?.name!=="NoOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNIN\
G:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),xk=!0)),new C("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),Lp(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new C("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(vy(),Cy));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(Ek(),Sk));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(mS(),dS));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(SS(),yS));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await sb(t))()),async()=>{throw new C("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
Rk),Rk=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5});var xS=c(()=>{_k()});var Pe,RS=c(()=>{N();Pe=class t extends lt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ml,Fl,Hl,Bl,Gl,zl,jl,Vl,Wl,ql,Kl,Jl,Xl,Yl,Ql,_S=c(()=>{RS();Ml=class t extends Pe{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredToke\
nException";$fault="client";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Fl=class t extends Pe{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hl=class t extends Pe{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Bl=class t extends Pe{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gl=class t extends Pe{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},zl=class t extends Pe{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jl=class t extends Pe{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vl=class t extends Pe{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Wl=class t extends Pe{static shapeId="com.amazonaws.sts#InvalidAuthorizationMessageException";name="InvalidAuthorizationMessageException";$fault="\
client";constructor(e){super({name:"InvalidAuthorizationMessageException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ql=class t extends Pe{static shapeId="\
com.amazonaws.sts#ExpiredTradeInTokenException";name="ExpiredTradeInTokenException";$fault="client";constructor(e){super({name:"ExpiredTradeInTokenException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kl=class t extends Pe{static shapeId="com.amazonaws.sts#InsufficientSessionLifetimeException";name="Ins\
ufficientSessionLifetimeException";$fault="client";constructor(e){super({name:"InsufficientSessionLifetimeException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Jl=class t extends Pe{static shapeId="com.amazonaws.sts#InvalidSubjectCredentialsException";name="InvalidSubjectCredentialsException";$fault="\
client";constructor(e){super({name:"InvalidSubjectCredentialsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xl=class t extends Pe{static shapeId="\
com.amazonaws.sts#JWTPayloadSizeExceededException";name="JWTPayloadSizeExceededException";$fault="client";constructor(e){super({name:"JWTPayloadSizeExceededExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yl=class t extends Pe{static shapeId="com.amazonaws.sts#OutboundWebIdentityFederationDis\
abledException";name="OutboundWebIdentityFederationDisabledException";$fault="client";constructor(e){super({name:"OutboundWebIdentityFederationDisabledException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ql=class t extends Pe{static shapeId="com.amazonaws.sts#SessionDurationEscalationException";name="\
SessionDurationEscalationException";$fault="client";constructor(e){super({name:"SessionDurationEscalationException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var Zl,wk,z4,j4,V4,W4,q4,K4,J4,eu,X4,Y4,Q4,Z4,eG,tG,rG,Ik,wS,so,oG,nG,sG,iG,aG,ko,Tk,cG,pG,lG,uG,dG,Ak,mG,fG,gG,hG,yG,SG,EG,xG,RG,_G,wG,IG,TG,AG,CG,vG,bG,PG,OG,
DG,NG,kG,Ck,$G,LG,UG,MG,FG,HG,BG,GG,zG,jG,VG,An,WG,qG,vk,KG,za,tu,JG,XG,YG,QG,ZG,ez,tz,ja,rz,oz,IS,nz,bk,Pk,sz,iz,az,cz,pz,lz,Cs,uz,dz,Ok,mz,fz,gz,hz,Dk,Cn,vn,yz,
Sz,TS,Nk,kk,AS,Ez,xz,Rz,_z,wz,Iz,Tz,$k,Az,Cz,gt,ht,vz,yt,St,Et,bz,Pz,Oz,Dz,Lk,Nz,kz,$z,Lz,Uz,A,Uk,Mz,nt,Fz,Hz,Bz,Gz,zz,jz,Vz,Wz,qz,Kz,Jz,Xz,Yz,Qz,Zz,Mk,ej,tj,rj,
oj,nj,sj,ij,aj,cj,CS,pj,lj,uj,dj,mj,fj,gj,hj,$o,yj,Sj,Ej,xj,Rj,_j,wj,Ij,Tj,Aj,Cj,vj,bj,Pj,Oj,Dj,Nj,kj,Fk,$j,Lj,Uj,Mj,Hk,ru,Fj,vS,Hj,Bk,Gk,zk,jk,Vk,Wk,qk,Kk,Jk,Xk,
Yk,Qk,xt=c(()=>{ie();_S();RS();Zl="Arn",wk="AccessKeyId",z4="AssumedPrincipal",j4="AssumeRole",V4="AssumedRoleId",W4="AssumeRoleRequest",q4="AssumeRoleResponse",
K4="AssumeRootRequest",J4="AssumeRootResponse",eu="AssumedRoleUser",X4="AssumeRoleWithSAML",Y4="AssumeRoleWithSAMLRequest",Q4="AssumeRoleWithSAMLResponse",Z4="A\
ssumeRoleWithWebIdentity",eG="AssumeRoleWithWebIdentityRequest",tG="AssumeRoleWithWebIdentityResponse",rG="AssumeRoot",Ik="Account",wS="Audience",so="Credential\
s",oG="ContextAssertion",nG="DecodeAuthorizationMessage",sG="DecodeAuthorizationMessageRequest",iG="DecodeAuthorizationMessageResponse",aG="DecodedMessage",ko="\
DurationSeconds",Tk="Expiration",cG="ExternalId",pG="EncodedMessage",lG="ExpiredTokenException",uG="ExpiredTradeInTokenException",dG="FederatedProviderArn",Ak="\
FederatedUser",mG="FederatedUserId",fG="GetAccessKeyInfo",gG="GetAccessKeyInfoRequest",hG="GetAccessKeyInfoResponse",yG="GetCallerIdentity",SG="GetCallerIdentit\
yRequest",EG="GetCallerIdentityResponse",xG="GetDelegatedAccessToken",RG="GetDelegatedAccessTokenRequest",_G="GetDelegatedAccessTokenResponse",wG="GetFederation\
Token",IG="GetFederationTokenRequest",TG="GetFederationTokenResponse",AG="GetScopedCredentials",CG="GetScopedCredentialsRequest",vG="GetScopedCredentialsRespons\
e",bG="GetSessionToken",PG="GetSessionTokenRequest",OG="GetSessionTokenResponse",DG="GetWebIdentityToken",NG="GetWebIdentityTokenRequest",kG="GetWebIdentityToke\
nResponse",Ck="Issuer",$G="InvalidAuthorizationMessageException",LG="InvalidContextAssertionException",UG="IDPCommunicationErrorException",MG="IDPRejectedClaimE\
xception",FG="InvalidIdentityTokenException",HG="IdentityProvider",BG="InvalidSubjectCredentialsException",GG="InsufficientSessionLifetimeException",zG="JWTPayl\
oadSizeExceededException",jG="Key",VG="MalformedPolicyDocumentException",An="MinimumSessionTokenSize",WG="Name",qG="NameQualifier",vk="OriginIdentity",KG="Outbo\
undWebIdentityFederationDisabledException",za="Policy",tu="PolicyArns",JG="PrincipalArn",XG="ProviderArn",YG="ProvidedContexts",QG="ProvidedContextsListType",ZG=
"ProvidedContext",ez="PolicyDescriptorType",tz="ProviderId",ja="PackedPolicySize",rz="PackedPolicyTooLargeException",oz="Provider",IS="RoleArn",nz="RegionDisabl\
edException",bk="RoleSessionName",Pk="Subject",sz="SigningAlgorithm",iz="SecretAccessKey",az="SAMLAssertion",cz="SAMLAssertionType",pz="SessionDurationEscalatio\
nException",lz="SubjectFromWebIdentityToken",Cs="SourceIdentity",uz="SessionInfo",dz="SubjectMode",Ok="SerialNumber",mz="ScopedPoliciesCount",fz="ScopedSession",
gz="ScopedSessionDescription",hz="ScopedSessionId",Dk="SubjectType",Cn="SessionTokenSize",vn="SessionTokenUtilization",yz="SessionToken",Sz="Scope",TS="Tags",Nk=
"TokenCode",kk="TransactionContext",AS="TrustedIdentityPropagationContext",Ez="TradeInToken",xz="TargetPrincipal",Rz="TaskPolicyArn",_z="TransitiveTagKeys",wz="\
Tag",Iz="UserId",Tz="Value",$k="WebIdentityToken",Az="arn",Cz="accessKeySecretType",gt="awsQueryError",ht="client",vz="clientTokenType",yt="error",St="httpError",
Et="message",bz="originIdentityIssuerType",Pz="originIdentitySubjectType",Oz="originIdentitySubjectTypeType",Dz="policyDescriptorListType",Lk="smithy.ts.sdk.syn\
thetic.com.amazonaws.sts",Nz="transactionContextIdentityProviderMapType",kz="transactionContextValueType",$z="tradeInTokenType",Lz="tagListType",Uz="webIdentity\
TokenType",A="com.amazonaws.sts",Uk=new se(Lk),Mz=[-3,Lk,"STSServiceException",0,[],[]];Uk.registerError(Mz,Pe);nt=new se(A),Fz=[-3,A,lG,{[gt]:["ExpiredTokenExc\
eption",400],[yt]:ht,[St]:400},[Et],[0]];nt.registerError(Fz,Ml);Hz=[-3,A,uG,{[gt]:["ExpiredTradeInTokenException",400],[yt]:ht,[St]:400},[Et],[0]];nt.registerError(
Hz,ql);Bz=[-3,A,UG,{[gt]:["IDPCommunicationError",400],[yt]:ht,[St]:400},[Et],[0]];nt.registerError(Bz,Vl);Gz=[-3,A,MG,{[gt]:["IDPRejectedClaim",403],[yt]:ht,[St]:403},
[Et],[0]];nt.registerError(Gz,zl);zz=[-3,A,GG,{[gt]:["InsufficientSessionLifetime",400],[yt]:ht,[St]:400},[Et],[0]];nt.registerError(zz,Kl);jz=[-3,A,$G,{[gt]:["\
InvalidAuthorizationMessageException",400],[yt]:ht,[St]:400},[Et],[0]];nt.registerError(jz,Wl);Vz=[-3,A,LG,{[gt]:["InvalidContextAssertion",400],[yt]:ht,[St]:400},
[Et],[0]];nt.registerError(Vz,Fl);Wz=[-3,A,FG,{[gt]:["InvalidIdentityToken",400],[yt]:ht,[St]:400},[Et],[0]];nt.registerError(Wz,jl);qz=[-3,A,BG,{[gt]:["Invalid\
SubjectCredentials",400],[yt]:ht,[St]:400},[Et],[0]];nt.registerError(qz,Jl);Kz=[-3,A,zG,{[gt]:["JWTPayloadSizeExceededException",400],[yt]:ht,[St]:400},[Et],[0]];
nt.registerError(Kz,Xl);Jz=[-3,A,VG,{[gt]:["MalformedPolicyDocument",400],[yt]:ht,[St]:400},[Et],[0]];nt.registerError(Jz,Hl);Xz=[-3,A,KG,{[gt]:["OutboundWebIde\
ntityFederationDisabledException",403],[yt]:ht,[St]:403},[Et],[0]];nt.registerError(Xz,Yl);Yz=[-3,A,rz,{[gt]:["PackedPolicyTooLarge",400],[yt]:ht,[St]:400},[Et],
[0]];nt.registerError(Yz,Bl);Qz=[-3,A,nz,{[gt]:["RegionDisabledException",403],[yt]:ht,[St]:403},[Et],[0]];nt.registerError(Qz,Gl);Zz=[-3,A,pz,{[gt]:["SessionDu\
rationEscalationException",403],[yt]:ht,[St]:403},[Et],[0]];nt.registerError(Zz,Ql);Mk=[Uk,nt],ej=[0,A,Cz,8,0],tj=[0,A,vz,8,0],rj=[0,A,bz,8,0],oj=[0,A,Pz,8,0],nj=
[0,A,Oz,8,0],sj=[0,A,cz,8,0],ij=[0,A,$z,8,0],aj=[0,A,kz,8,0],cj=[0,A,Uz,8,0],CS=[3,A,eu,0,[V4,Zl],[0,0],2],pj=[3,A,W4,0,[IS,bk,tu,za,ko,TS,_z,cG,Ok,Nk,Cs,YG,An],
[0,0,()=>ru,0,1,()=>vS,64,0,0,0,0,()=>Fj,1],2],lj=[3,A,q4,0,[so,eu,ja,Cs,vn,Cn],[[()=>$o,0],()=>CS,1,0,1,1]],uj=[3,A,Y4,0,[IS,JG,az,tu,za,ko,An],[0,0,[()=>sj,0],
()=>ru,0,1,1],3],dj=[3,A,Q4,0,[so,eu,ja,Pk,Dk,Ck,wS,qG,Cs,vn,Cn,AS],[[()=>$o,0],()=>CS,1,0,0,0,0,0,0,1,1,[()=>Hk,0]]],mj=[3,A,eG,0,[IS,bk,$k,tz,tu,za,ko,An],[0,
0,[()=>tj,0],0,()=>ru,0,1,1],3],fj=[3,A,tG,0,[so,lz,eu,ja,oz,wS,Cs,vn,Cn,AS],[[()=>$o,0],0,()=>CS,1,0,0,0,1,1,[()=>Hk,0]]],gj=[3,A,K4,0,[xz,Rz,ko,An],[0,()=>Fk,
1,1],2],hj=[3,A,J4,0,[so,Cs,vn,Cn],[[()=>$o,0],0,1,1]],$o=[3,A,so,0,[wk,iz,yz,Tk],[0,[()=>ej,0],0,4],4],yj=[3,A,sG,0,[pG],[0],1],Sj=[3,A,iG,0,[aG],[0]],Ej=[3,A,
Ak,0,[mG,Zl],[0,0],2],xj=[3,A,gG,0,[wk],[0],1],Rj=[3,A,hG,0,[Ik],[0]],_j=[3,A,SG,0,[],[]],wj=[3,A,EG,0,[Iz,Ik,Zl],[0,0,0]],Ij=[3,A,RG,0,[Ez],[[()=>ij,0]],1],Tj=
[3,A,_G,0,[so,ja,z4],[[()=>$o,0],1,0]],Aj=[3,A,IG,0,[WG,za,tu,ko,TS,An],[0,0,()=>ru,1,()=>vS,1],1],Cj=[3,A,TG,0,[so,Ak,ja,vn,Cn],[[()=>$o,0],()=>Ej,1,1,1]],vj=[
3,A,CG,0,[za,ko,An,gz],[0,1,1,0]],bj=[3,A,vG,0,[so,uz,vn,Cn,mz,Cs],[[()=>$o,0],()=>Lj,1,1,1,0]],Pj=[3,A,PG,0,[ko,Ok,Nk,An],[1,0,0,1]],Oj=[3,A,OG,0,[so,vn,Cn],[[
()=>$o,0],1,1]],Dj=[3,A,NG,0,[wS,sz,ko,Sz,dz,TS],[64,0,1,0,0,()=>vS],2],Nj=[3,A,kG,0,[$k,Tk],[[()=>cj,0],4]],kj=[3,A,vk,0,[Pk,Dk,Ck,dG],[[()=>oj,0],[()=>nj,0],[
()=>rj,0],0]],Fk=[3,A,ez,0,[Az],[0]],$j=[3,A,ZG,0,[XG,oG],[0,0]],Lj=[3,A,fz,0,[hz,Zl],[0,0],2],Uj=[3,A,wz,0,[jG,Tz],[0,0],2],Mj=[3,A,kk,0,[HG],[[()=>Hj,0]]],Hk=
[3,A,AS,8,[vk,kk],[[()=>kj,0],[()=>Mj,0]]],ru=[1,A,Dz,0,()=>Fk],Fj=[1,A,QG,0,()=>$j],vS=[1,A,Lz,0,()=>Uj],Hj=[2,A,Nz,0,[0,0],[()=>aj,0]],Bk=[9,A,j4,0,()=>pj,()=>lj],
Gk=[9,A,X4,0,()=>uj,()=>dj],zk=[9,A,Z4,0,()=>mj,()=>fj],jk=[9,A,rG,0,()=>gj,()=>hj],Vk=[9,A,nG,0,()=>yj,()=>Sj],Wk=[9,A,fG,0,()=>xj,()=>Rj],qk=[9,A,yG,0,()=>_j,
()=>wj],Kk=[9,A,xG,0,()=>Ij,()=>Tj],Jk=[9,A,wG,0,()=>Aj,()=>Cj],Xk=[9,A,AG,0,()=>vj,()=>bj],Yk=[9,A,bG,0,()=>Pj,()=>Oj],Qk=[9,A,DG,0,()=>Dj,()=>Nj]});var Zk,e$=c(()=>{Le();gn();Yi();ue();to();N();q();F();Nh();Oh();xt();Zk=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Oe,base64Encoder:t?.base64Encoder??
Te,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??kp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
ev,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Re},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new $e}],logger:t?.logger??new Ne,protocol:t?.protocol??fn,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Mk,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??_t,signerConstructor:t?.signerConstructor??kr,urlParser:t?.urlParser??Ce,utf8Decoder:t?.utf8Decoder??de,
utf8Encoder:t?.utf8Encoder??pe})});var t$,r$=c(()=>{nv();K();Le();xS();ue();N();V();Tt();F();wo();e$();t$=t=>{jt(process.version);let e=Jt(t),r=()=>e().then(zt),o=Zk(t);Nt(process.version);let n={
profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??v(Ct,n),bodyLengthChecker:t?.bodyLengthChecker??
$t,credentialDefaultProvider:t?.credentialDefaultProvider??As,defaultSocketTimeout:kt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??
lr({serviceId:o.serviceId,clientVersion:sv.version}),httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("\
aws.auth#sigv4")||(async i=>await As(i?.__config||{})()),signer:new Re},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),
signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new $e}],maxAttempts:t?.maxAttempts??
v(ir,t),region:t?.region??v(He,{...ut,...n}),requestHandler:We.create(t?.requestHandler??r),retryMode:t?.retryMode??v({...cr,default:async()=>(await r()).retryMode||
ft},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??v(ls,n),streamCollector:t?.streamCollector??Ze,useDualstackEndpoint:t?.useDualstackEndpoint??v(Ft,n),useFipsEndpoint:t?.
useFipsEndpoint??v(Ht,n),userAgentAppId:t?.userAgentAppId??v(ur,n)}}});var o$,n$,s$=c(()=>{o$=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},n$=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var i$,a$=c(()=>{K();N();q();s$();i$=(t,e)=>{let r=Object.assign(dr(t),Vt(t),Yt(t),o$(t));return e.forEach(o=>o.configure(r)),Object.assign(t,mr(r),Wt(r),Qt(r),
n$(r))}});var vs,bS=c(()=>{K();ue();N();V();ne();q();Tt();ie();Nh();kh();r$();a$();vs=class extends Me{config;constructor(...[e]){let r=t$(e||{});super(r),this.initConfig=
r;let o=rv(r),n=or(o),s=ar(n),i=Kt(s),a=i,p=xr(a),l=tv(p),u=i$(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Bt(this.config)),this.middlewareStack.
use(pr(this.config)),this.middlewareStack.use(_r(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(er(this.config)),this.middlewareStack.
use(tr(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(wt(this.config,{httpAuthSchemeParametersProvider:QC,identityProviderConfigProvider:async d=>new tt(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(It(this.config))}destroy(){super.destroy()}}});var fe,ge,he,fr=c(()=>{N();ne();kh();fe=qt(ov,"AWSSecurityTokenServiceV20110615","STSClient",Rr),ge={},he=(t,e,r,o)=>[]});var ou,PS=c(()=>{fr();xt();ou=class extends fe(ge,he,"AssumeRole",Bk){}});var nu,OS=c(()=>{fr();xt();nu=class extends fe(ge,he,"AssumeRoleWithSAML",Gk){}});var bs,DS=c(()=>{fr();xt();bs=class extends fe(ge,he,"AssumeRoleWithWebIdentity",zk){}});var su,NS=c(()=>{fr();xt();su=class extends fe(ge,he,"AssumeRoot",jk){}});var iu,kS=c(()=>{fr();xt();iu=class extends fe(ge,he,"DecodeAuthorizationMessage",Vk){}});var au,$S=c(()=>{fr();xt();au=class extends fe(ge,he,"GetAccessKeyInfo",Wk){}});var cu,LS=c(()=>{fr();xt();cu=class extends fe(ge,he,"GetCallerIdentity",qk){}});var pu,US=c(()=>{fr();xt();pu=class extends fe(ge,he,"GetDelegatedAccessToken",Kk){}});var lu,MS=c(()=>{fr();xt();lu=class extends fe(ge,he,"GetFederationToken",Jk){}});var uu,FS=c(()=>{fr();xt();uu=class extends fe(ge,he,"GetScopedCredentials",Xk){}});var du,HS=c(()=>{fr();xt();du=class extends fe(ge,he,"GetSessionToken",Yk){}});var mu,BS=c(()=>{fr();xt();mu=class extends fe(ge,he,"GetWebIdentityToken",Qk){}});var Bj,GS,c$=c(()=>{N();PS();OS();DS();NS();kS();$S();LS();US();MS();FS();HS();BS();bS();Bj={AssumeRoleCommand:ou,AssumeRoleWithSAMLCommand:nu,AssumeRoleWithWebIdentityCommand:bs,
AssumeRootCommand:su,DecodeAuthorizationMessageCommand:iu,GetAccessKeyInfoCommand:au,GetCallerIdentityCommand:cu,GetDelegatedAccessTokenCommand:pu,GetFederationTokenCommand:lu,
GetScopedCredentialsCommand:uu,GetSessionTokenCommand:du,GetWebIdentityTokenCommand:mu},GS=class extends vs{};Gt(Bj,GS)});var p$=c(()=>{PS();OS();DS();NS();kS();$S();LS();US();MS();FS();HS();BS()});var l$=c(()=>{});var u$=c(()=>{});var d$=c(()=>{});var m$=c(()=>{bS();c$();p$();xt();l$();_S();u$();d$()});async function S$(t){if(t.tokenFile)return{token:f$(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{token:await Gj(t),source:"GitHub OIDC"};
if(t.ci==="circleci")return zj(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:f$(e),source:`file ${e}`};throw new yr("role-to-assume is set but no\
 OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_WEB_IDENTITY_TOKEN_FILE)")}function f$(t){
let e=(0,h$.readFileSync)(t,"utf8").trim();if(!e)throw new yr(`the OIDC token file ${t} is empty`);return e}async function Gj(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||
!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)throw new yr("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add\
 `permissions: id-token: write` (and `contents: read`) to the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw new Sr(`could not ge\
t the GitHub OIDC token: ${e.message}`,"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function zj(t){let e=t.
env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN;if(e)return{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};try{let r=[
"run","oidc","get"];t.audience!==Um&&r.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:o}=await(0,y$.promisify)(g$.execFile)("circleci",r,{encoding:"\
utf8"}),n=o.trim();if(n)return{token:n,source:"circleci run oidc get"}}catch{}throw new yr("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V\
2 or CIRCLE_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function jj(t){try{
let e=JSON.parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),
sub:r(e.sub),aud:r(e.aud)}}catch{return{}}}async function E$(t,e,r,o){r.secret(e);let n=new vs(nc(t.region,void 0,o)),s=new bs({RoleArn:t.roleArn,RoleSessionName:t.
sessionName,WebIdentityToken:e,DurationSeconds:t.durationSeconds});try{let a=(await Un(o,"STS AssumeRoleWithWebIdentity",()=>n.send(s,{abortSignal:o?.signal}))).
Credentials;if(!a?.AccessKeyId||!a.SecretAccessKey||!a.SessionToken)throw new Sr("STS answered without credentials");return Vj({accessKeyId:a.AccessKeyId,secretAccessKey:a.
SecretAccessKey,sessionToken:a.SessionToken,expiration:a.Expiration},r)}catch(i){throw Wj(i,t,e)}finally{n.destroy()}}function Vj(t,e){for(let r of[t.accessKeyId,
t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function Wj(t,e,r){if(t instanceof Sr)return t;let o=t,n=jj(r),s=`token iss=${n.iss??"?"} sub=${n.sub??
"?"} aud=${n.aud??"?"}`,i=sc(t);if(i.transient){let p=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.attempts} attempt(s) (${o.name}: ${o.message}\
); ${s}`;return new Sr(p,ic("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn} (${o.name}: ${o.message}); ${s}`;switch(o.
name){case"AccessDenied":case"AccessDeniedException":return new Sr(a,"the role's trust policy must allow this token: Federated principal for the issuer, `aud` a\
nd `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityToken":case"InvalidIdentityTokenException":return new Sr(
a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client id",{cause:t});case"ExpiredTokenException":return new Sr(
a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationError":case"IDPCommunicationErrorException":return new Sr(a,"\
STS could not reach the token issuer; retry the job",{cause:t});default:return new Sr(a,void 0,{cause:t})}}var g$,h$,y$,x$=c(()=>{"use strict";g$=require("node:child_process"),
h$=require("node:fs"),y$=require("node:util");m$();Dt();ai();Jr()});function qj(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
var R$,_$,w$,zS=c(()=>{Le();N();R$=async(t,e,r)=>({operation:le(e).operation,region:await re(t.region)()||(()=>{throw new Error("expected `region` to be configu\
red for `aws.auth#sigv4`")})()});_$=t=>{let e=[];switch(t.operation){default:e.push(qj(t))}return e},w$=t=>{let e=Ir(t);return Object.assign(e,{authSchemePreference:re(
t.authSchemePreference??[])})}});var I$,T$,jS=c(()=>{I$=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),T$={
UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var C$,A$=c(()=>{C$={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"\
https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/s\
dk-for-javascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr"},files:["dist-*/**"],sideEffects:!1,main:"\
./dist-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:e2e":"yarn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test\
:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.\
97","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"\
^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},
engines:{node:">=20.0.0"}}});var Ps,bn,fu,v$,WS,Lo,gu,VS,b$,Uo,P$,Pn,O$,D$,Jj,Xe,Xj,N$,k$=c(()=>{ne();Ps="ref",bn=-1,fu=!0,v$="isSet",WS="PartitionResult",Lo="stringEquals",gu="booleanEqual\
s",VS="getAttr",b$={[Ps]:"Endpoint"},Uo={fn:VS,argv:[{[Ps]:WS},"name"]},P$={[Ps]:WS},Pn={},O$=[{[Ps]:"Region"}],D$={conditions:[[v$,[b$]],[v$,O$],["aws.partitio\
n",O$,WS],[Lo,[Uo,"aws-eusc"]],[Lo,[Uo,"aws-iso-f"]],[Lo,[Uo,"aws-iso-e"]],[Lo,[Uo,"aws-iso-b"]],[Lo,[Uo,"aws-iso"]],[Lo,[Uo,"aws-cn"]],[Lo,[Uo,"aws-us-gov"]],[
Lo,[Uo,"aws"]],[gu,[{[Ps]:"UseFIPS"},fu]],[gu,[{fn:VS,argv:[P$,"supportsFIPS"]},fu]],[gu,[{[Ps]:"UseDualStack"},fu]],[gu,[{fn:VS,argv:[P$,"supportsDualStack"]},
fu]]],results:[[bn],[bn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[bn,"Invalid Configuration: Dualstack and custom endpoint are not s\
upported"],[b$,Pn],["https://api.ecr.{Region}.{PartitionResult#dnsSuffix}",Pn],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",Pn],["https://api.ec\
r-fips.{Region}.{PartitionResult#dnsSuffix}",Pn],["https://ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Pn],["https://api.ecr-fips.{Region}.{Partitio\
nResult#dualStackDnsSuffix}",Pn],[bn,"FIPS and DualStack are enabled, but this partition does not support one or both"],[bn,"FIPS is enabled but this partition \
does not support FIPS"],["https://api.ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",Pn],[bn,"DualStack is enabled but this partition does not support DualS\
tack"],[bn,"Invalid Configuration: Missing Region"]]},Jj=2,Xe=1e8,Xj=new Int32Array([-1,1,-1,0,23,3,1,4,Xe+13,2,5,Xe+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,
11,9,20,12,10,20,13,11,16,14,13,15,Xe+4,14,Xe+11,Xe+12,12,18,17,13,Xe+9,Xe+10,13,19,Xe+6,14,Xe+8,Xe+9,11,22,21,13,Xe+5,Xe+4,13,Xe+7,Xe+6,11,Xe+1,24,13,Xe+2,Xe+3]),
N$=dt.from(Xj,Jj,D$.conditions,D$.results)});var Yj,$$,L$=c(()=>{K();ne();k$();Yj=new mt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),$$=(t,e={})=>Yj.get(t,()=>Xt(N$,{endpointParams:t,logger:e.
logger}));Be.aws=At});var L,qS=c(()=>{N();L=class t extends lt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var hu,yu,Su,Eu,xu,Ru,_u,wu,Iu,Tu,Au,Cu,vu,bu,Pu,Ou,Du,Nu,ku,$u,Lu,Uu,Mu,Fu,Hu,Bu,Gu,zu,ju,Vu,Wu,qu,Ku,Ju,Xu,Yu,Qu,Zu,ed,td,rd,od,nd,sd,id,ad,cd,pd,ld,ud,KS=c(()=>{
qS();hu=class t extends L{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yu=class t extends L{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Su=class t extends L{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Eu=class t extends L{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xu=
class t extends L{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super(
{name:"UnableToGetUpstreamImageException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ru=class t extends L{static shapeId="com.amazonaws.ec\
r#ValidationException";name="ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},_u=class t extends L{static shapeId="com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super(
{name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wu=class t extends L{static shapeId="com.amazonaws.ecr#InvalidLaye\
rException";name="InvalidLayerException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.
prototype)}},Iu=class t extends L{static shapeId="com.amazonaws.ecr#KmsException";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsEx\
ception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.kmsError=e.kmsError}},Tu=class t extends L{static shapeId="com.amazonaws.ecr#LayerA\
lreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Au=class t extends L{static shapeId="com.amazonaws.ecr#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="\
client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cu=class t extends L{static shapeId="\
com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},vu=class t extends L{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleAlreadyExistsException";name="PullThroughCa\
cheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},bu=class t extends L{static shapeId="com.amazonaws.ecr#SecretNotFoundException";name="SecretNotFoundException";$fault="client";constructor(e){
super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pu=class t extends L{static shapeId="com.amazonaws.ecr#Un\
ableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super({name:"UnableToAccessSecretException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Ou=class t extends L{static shapeId="com.amazonaws.ecr#UnableToDecryptSecretValueException";name="UnableToDecryptSecre\
tValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Du=class t extends L{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="UnsupportedUpstreamRegistryException";$fault="client";constructor(e){
super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nu=class t extends L{static shapeId="com.ama\
zonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParameterException",$fault:"c\
lient",...e}),Object.setPrototypeOf(this,t.prototype)}},ku=class t extends L{static shapeId="com.amazonaws.ecr#RepositoryAlreadyExistsException";name="Repositor\
yAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
$u=class t extends L{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTags\
Exception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Lu=class t extends L{static shapeId="com.amazonaws.ecr#TemplateAlreadyExistsExceptio\
n";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Uu=class t extends L{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="LifecyclePolicyNotFoundException";$fault="cli\
ent";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Mu=class t extends L{static shapeId="\
com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="client";constructor(e){super({name:"PullThroughCac\
heRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Fu=class t extends L{static shapeId="com.amazonaws.ecr#RegistryPolicyN\
otFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Hu=class t extends L{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="RepositoryNotEmptyException";$fault="\
client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bu=class t extends L{static shapeId="\
com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"TemplateNotFoundException",$fault:"cli\
ent",...e}),Object.setPrototypeOf(this,t.prototype)}},Gu=class t extends L{static shapeId="com.amazonaws.ecr#RepositoryPolicyNotFoundException";name="Repository\
PolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
zu=class t extends L{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurationNotFoundException";$fault="client";constructor(e){
super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ju=class t extends L{static shapeId="com.am\
azonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"ExclusionNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},Vu=class t extends L{static shapeId="com.amazonaws.ecr#ImageNotFoundException";name="ImageNotFoundException";$fault="\
client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wu=class t extends L{static shapeId="\
com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({name:"ScanNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},qu=class t extends L{static shapeId="com.amazonaws.ecr#ReplicationBackfillNotFoundException";name="ReplicationBackfill\
NotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ku=class t extends L{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessibleException";$fault="client";constructor(e){super({name:"\
LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ju=class t extends L{static shapeId="com.amazonaws.ecr#LayersNotFou\
ndException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Xu=class t extends L{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLayerException";$fault="client";constructor(e){
super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yu=class t extends L{static shapeId="com.amazon\
aws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyPrevi\
ewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qu=class t extends L{static shapeId="com.amazonaws.ecr#UnableToListUpstrea\
mImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageReferrersExcep\
tion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zu=class t extends L{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsException";name="\
ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ed=class t extends L{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},td=class t extends L{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},rd=class t extends L{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
od=class t extends L{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nd=class t extends L{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sd=class t extends L{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},id=class t extends L{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ad=class t extends L{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},cd=class t extends L{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
pd=class t extends L{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ld=class t extends L{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ud=class t extends L{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}}});var Qj,Zj,eV,tV,rV,oV,nV,sV,iV,aV,cV,pV,lV,uV,dV,mV,fV,gV,hV,yV,SV,EV,xV,RV,_V,wV,IV,TV,AV,CV,vV,bV,PV,OV,DV,NV,kV,$V,LV,UV,MV,FV,HV,BV,GV,zV,jV,VV,WV,qV,KV,JV,
XV,YV,QV,ZV,eW,tW,rW,oW,nW,sW,iW,aW,cW,pW,lW,uW,dW,mW,fW,gW,hW,yW,SW,EW,xW,RW,_W,wW,IW,TW,AW,CW,vW,bW,PW,OW,DW,NW,kW,$W,LW,UW,MW,FW,HW,BW,GW,zW,jW,VW,WW,qW,KW,JW,
XW,YW,QW,ZW,e6,t6,r6,o6,n6,s6,i6,a6,c6,p6,l6,u6,d6,m6,f6,g6,h6,y6,S6,E6,x6,R6,_6,w6,I6,T6,A6,C6,v6,b6,P6,O6,D6,N6,k6,$6,L6,U6,M6,F6,H6,B6,G6,z6,j6,V6,W6,q6,K6,J6,
X6,Y6,Q6,Z6,eq,tq,rq,oq,nq,sq,iq,aq,cq,pq,lq,uq,dq,mq,fq,gq,hq,yq,Sq,Eq,xq,Rq,_q,wq,Iq,Tq,Aq,Cq,vq,bq,Pq,Oq,Dq,Nq,kq,$q,Lq,Uq,Mq,Fq,Hq,Bq,Gq,zq,jq,Vq,Wq,qq,Kq,Jq,
Xq,Yq,Qq,Zq,e8,t8,r8,o8,n8,s8,i8,a8,c8,p8,l8,u8,d8,m8,f8,g8,h8,y8,S8,E8,x8,R8,_8,w8,I8,T8,A8,C8,v8,b8,P8,O8,D8,N8,k8,$8,L8,U8,M8,F8,H8,B8,G8,z8,j8,V8,W8,q8,K8,J8,
X8,Y8,Q8,Z8,eK,tK,rK,oK,nK,sK,iK,aK,cK,pK,lK,uK,dK,mK,fK,gK,hK,yK,SK,EK,xK,RK,_K,wK,IK,TK,AK,CK,vK,bK,PK,OK,DK,NK,kK,$K,LK,UK,MK,FK,HK,BK,GK,zK,jK,VK,WK,qK,KK,JK,
XK,YK,QK,ZK,e5,t5,r5,o5,n5,s5,i5,a5,c5,p5,JS,l5,u5,d5,U$,m5,f5,g5,h5,y5,S5,E5,x5,R5,_5,w5,I5,G,On,Os,Kr,T5,M$,Ds,A5,Va,C5,v5,b5,H,P5,F$,O5,Wa,D5,N5,io,k5,H$,$5,
dd,L5,U5,Mo,M5,F5,H5,B5,md,G5,B$,fd,z5,Fo,j5,G$,V5,W5,q5,qa,K5,Ns,gr,z$,XS,j$,gd,hd,V$,J5,X5,Y5,YS,QS,Q5,Dn,Nn,W$,Z5,e9,t9,r9,o9,n9,q$,s9,i9,a9,c9,p9,K$,Ka,J$,l9,
u9,ZS,d9,kn,m9,f9,g9,B,Mr,X$,h9,ks,we,y9,S9,yd,E9,x9,R9,_9,w9,I9,Ho,T9,A9,C9,Sd,v9,Y$,b9,eE,Q$,$s,tE,rE,P9,oE,T,O9,U,Z$,nE,D9,N9,k9,sE,$9,L9,U9,e1,M9,F9,H9,t1,B9,
G9,z9,j9,V9,Ed,r1,xd,W9,q9,Rd,K9,J9,o1,X9,Y9,Q9,Z9,n1,s1,e7,t7,i1,r7,a1,c1,o7,p1,n7,l1,Fr,s7,_d,i7,a7,c7,iE,aE,p7,l7,cE,u7,wd,Ls,pE,Us,Ja,d7,Id,m7,f7,g7,h7,u1,y7,
lE,m,d1,S7,M,E7,x7,R7,_7,w7,I7,T7,A7,C7,v7,b7,P7,O7,D7,N7,k7,$7,L7,U7,M7,F7,H7,B7,G7,z7,j7,V7,W7,q7,K7,J7,X7,Y7,Q7,Z7,eJ,tJ,rJ,oJ,nJ,sJ,iJ,aJ,cJ,pJ,lJ,uJ,dJ,mJ,
fJ,m1,gJ,hJ,yJ,SJ,EJ,xJ,RJ,_J,wJ,IJ,TJ,AJ,CJ,vJ,bJ,PJ,OJ,DJ,NJ,kJ,$J,LJ,UJ,MJ,FJ,HJ,BJ,GJ,zJ,jJ,VJ,WJ,qJ,KJ,JJ,XJ,YJ,QJ,ZJ,eX,tX,rX,oX,nX,sX,iX,aX,cX,pX,lX,uX,dX,
mX,fX,gX,hX,yX,f1,uE,SX,EX,xX,RX,_X,wX,IX,TX,AX,CX,vX,bX,PX,OX,DX,NX,kX,$X,LX,g1,UX,MX,Ot,FX,HX,BX,GX,zX,Td,dE,jX,VX,WX,qX,KX,JX,XX,YX,QX,ZX,eY,tY,rY,oY,nY,sY,iY,
aY,cY,pY,lY,uY,dY,mY,fY,gY,hY,yY,SY,EY,xY,RY,_Y,wY,IY,TY,AY,CY,vY,bY,PY,OY,DY,NY,kY,h1,$Y,LY,y1,UY,MY,mE,Ms,FY,fE,Ad,HY,BY,GY,zY,jY,VY,WY,qY,KY,Cd,JY,XY,YY,QY,ZY,
eQ,tQ,rQ,oQ,nQ,sQ,iQ,aQ,cQ,pQ,lQ,uQ,dQ,mQ,fQ,gQ,hQ,yQ,SQ,EQ,xQ,RQ,_Q,wQ,IQ,TQ,AQ,CQ,vQ,S1,Fs,bQ,PQ,OQ,DQ,NQ,$n,kQ,$Q,LQ,UQ,E1,MQ,FQ,HQ,BQ,GQ,zQ,jQ,VQ,WQ,qQ,x1,KQ,
JQ,Hs,XQ,YQ,R1,_1,w1,I1,T1,A1,C1,v1,b1,P1,O1,D1,N1,k1,$1,L1,U1,M1,F1,H1,B1,G1,z1,j1,V1,W1,q1,K1,J1,X1,Y1,Q1,Z1,eL,tL,rL,oL,nL,sL,iL,aL,cL,pL,lL,uL,dL,mL,fL,gL,hL,
yL,SL,EL,xL,RL,_L,wL,IL,TL,AL,CL,vL,b=c(()=>{ie();qS();KS();Qj="Attribute",Zj="AuthorizationData",eV="AuthorizationDataList",tV="AwsEcrContainerImageDetails",rV=
"AttributeList",oV="BlockedByOrganizationPolicyException",nV="BatchCheckLayerAvailability",sV="BatchCheckLayerAvailabilityRequest",iV="BatchCheckLayerAvailabili\
tyResponse",aV="BatchDeleteImage",cV="BatchDeleteImageRequest",pV="BatchDeleteImageResponse",lV="BatchGetImage",uV="BatchGetImageRequest",dV="BatchGetImageRespo\
nse",mV="BatchGetRepositoryScanningConfiguration",fV="BatchGetRepositoryScanningConfigurationRequest",gV="BatchGetRepositoryScanningConfigurationResponse",hV="C\
ompleteLayerUpload",yV="CompleteLayerUploadRequest",SV="CompleteLayerUploadResponse",EV="CreatePullThroughCacheRule",xV="CreatePullThroughCacheRuleRequest",RV="\
CreatePullThroughCacheRuleResponse",_V="CreateRepository",wV="CreateRepositoryCreationTemplate",IV="CreateRepositoryCreationTemplateRequest",TV="CreateRepositor\
yCreationTemplateResponse",AV="CreateRepositoryRequest",CV="CreateRepositoryResponse",vV="CvssScore",bV="CvssScoreAdjustment",PV="CvssScoreAdjustmentList",OV="C\
vssScoreDetails",DV="CvssScoreList",NV="DescribeImages",kV="DescribeImagesFilter",$V="DescribeImagesRequest",LV="DescribeImageReplicationStatus",UV="DescribeIma\
geReplicationStatusRequest",MV="DescribeImageReplicationStatusResponse",FV="DescribeImagesResponse",HV="DescribeImageScanFindings",BV="DescribeImageScanFindings\
Request",GV="DescribeImageScanFindingsResponse",zV="DescribeImageSigningStatus",jV="DescribeImageSigningStatusRequest",VV="DescribeImageSigningStatusResponse",WV=
"DeleteLifecyclePolicy",qV="DeleteLifecyclePolicyRequest",KV="DeleteLifecyclePolicyResponse",JV="DeletePullThroughCacheRule",XV="DeletePullThroughCacheRuleReque\
st",YV="DeletePullThroughCacheRuleResponse",QV="DescribePullThroughCacheRulesRequest",ZV="DescribePullThroughCacheRulesResponse",eW="DescribePullThroughCacheRul\
es",tW="DeregisterPullTimeUpdateExclusion",rW="DeregisterPullTimeUpdateExclusionRequest",oW="DeregisterPullTimeUpdateExclusionResponse",nW="DeleteRepository",sW=
"DescribeReplicationBackfillResults",iW="DescribeReplicationBackfillResultsRequest",aW="DescribeReplicationBackfillResultsResponse",cW="DeleteRepositoryCreation\
Template",pW="DeleteRepositoryCreationTemplateRequest",lW="DeleteRepositoryCreationTemplateResponse",uW="DescribeRepositoryCreationTemplatesRequest",dW="Describ\
eRepositoryCreationTemplatesResponse",mW="DescribeRepositoryCreationTemplates",fW="DeleteRegistryPolicy",gW="DeleteRegistryPolicyRequest",hW="DeleteRegistryPoli\
cyResponse",yW="DeleteRepositoryPolicyRequest",SW="DeleteRepositoryPolicyResponse",EW="DeleteRepositoryPolicy",xW="DeleteRepositoryRequest",RW="DeleteRepository\
Response",_W="DescribeRegistryRequest",wW="DescribeRegistryResponse",IW="DescribeRepositoriesRequest",TW="DescribeRepositoriesResponse",AW="DescribeRegistry",CW=
"DescribeRepositories",vW="DeleteSigningConfiguration",bW="DeleteSigningConfigurationRequest",PW="DeleteSigningConfigurationResponse",OW="ExclusionAlreadyExists\
Exception",DW="EncryptionConfiguration",NW="EncryptionConfigurationForRepositoryCreationTemplate",kW="EnhancedImageScanFinding",$W="EnhancedImageScanFindingList",
LW="ExclusionNotFoundException",UW="EmptyUploadException",MW="GetAccountSetting",FW="GetAccountSettingRequest",HW="GetAccountSettingResponse",BW="GetAuthorizati\
onToken",GW="GetAuthorizationTokenRequest",zW="GetAuthorizationTokenResponse",jW="GetDownloadUrlForLayer",VW="GetDownloadUrlForLayerRequest",WW="GetDownloadUrlF\
orLayerResponse",qW="GetLifecyclePolicy",KW="GetLifecyclePolicyPreview",JW="GetLifecyclePolicyPreviewRequest",XW="GetLifecyclePolicyPreviewResponse",YW="GetLife\
cyclePolicyRequest",QW="GetLifecyclePolicyResponse",ZW="GetRegistryPolicy",e6="GetRegistryPolicyRequest",t6="GetRegistryPolicyResponse",r6="GetRepositoryPolicyR\
equest",o6="GetRepositoryPolicyResponse",n6="GetRepositoryPolicy",s6="GetRegistryScanningConfiguration",i6="GetRegistryScanningConfigurationRequest",a6="GetRegi\
stryScanningConfigurationResponse",c6="GetSigningConfiguration",p6="GetSigningConfigurationRequest",l6="GetSigningConfigurationResponse",u6="Image",d6="ImageArc\
hivedException",m6="ImageAlreadyExistsException",f6="ImageDetail",g6="ImageDigestDoesNotMatchException",h6="ImageDetailList",y6="ImageFailure",S6="ImageFailureL\
ist",E6="ImageIdentifier",x6="ImageIdentifierList",R6="ImageList",_6="InvalidLayerException",w6="InvalidLayerPartException",I6="InitiateLayerUpload",T6="Initiat\
eLayerUploadRequest",A6="InitiateLayerUploadResponse",C6="ImageNotFoundException",v6="InvalidParameterException",b6="ImageReferrer",P6="ImageReferrerList",O6="I\
mageReplicationStatus",D6="ImageReplicationStatusList",N6="ImageScanningConfiguration",k6="ImageStorageClassUpdateNotSupportedException",$6="ImageScanFinding",L6=
"ImageScanFindingList",U6="ImageScanFindingsSummary",M6="ImageScanFindings",F6="ImageScanStatus",H6="ImageSigningStatusList",B6="ImageSigningStatus",G6="ImageTa\
gAlreadyExistsException",z6="ImageTagMutabilityExclusionFilter",j6="ImageTagMutabilityExclusionFilters",V6="InvalidTagParameterException",W6="Key",q6="KmsExcept\
ion",K6="Layer",J6="LayerAlreadyExistsException",X6="LimitExceededException",Y6="LayerFailure",Q6="LayerFailureList",Z6="ListImages",eq="LayerInaccessibleExcept\
ion",tq="ListImagesFilter",rq="ListImagesRequest",oq="ListImageReferrersFilter",nq="ListImageReferrersRequest",sq="ListImageReferrersResponse",iq="ListImagesRes\
ponse",aq="ListImageReferrers",cq="LayerList",pq="LayersNotFoundException",lq="LifecyclePolicyNotFoundException",uq="LifecyclePolicyPreviewFilter",dq="Lifecycle\
PolicyPreviewInProgressException",mq="LifecyclePolicyPreviewNotFoundException",fq="LifecyclePolicyPreviewResult",gq="LifecyclePolicyPreviewResultList",hq="Lifec\
yclePolicyPreviewSummary",yq="LifecyclePolicyRuleAction",Sq="LayerPartTooSmallException",Eq="ListPullTimeUpdateExclusions",xq="ListPullTimeUpdateExclusionsReque\
st",Rq="ListPullTimeUpdateExclusionsResponse",_q="ListReplicationBackfills",wq="ListReplicationBackfillsRequest",Iq="ListReplicationBackfillsResponse",Tq="ListT\
agsForResource",Aq="ListTagsForResourceRequest",Cq="ListTagsForResourceResponse",vq="PutAccountSetting",bq="PutAccountSettingRequest",Pq="PutAccountSettingRespo\
nse",Oq="PutImage",Dq="PutImageRequest",Nq="PutImageResponse",kq="PutImageScanningConfiguration",$q="PutImageScanningConfigurationRequest",Lq="PutImageScanningC\
onfigurationResponse",Uq="PutImageTagMutability",Mq="PutImageTagMutabilityRequest",Fq="PutImageTagMutabilityResponse",Hq="PutLifecyclePolicy",Bq="PutLifecyclePo\
licyRequest",Gq="PutLifecyclePolicyResponse",zq="PutReplicationConfiguration",jq="PutReplicationConfigurationRequest",Vq="PutReplicationConfigurationResponse",Wq=
"PutRegistryPolicy",qq="PutRegistryPolicyRequest",Kq="PutRegistryPolicyResponse",Jq="PutRegistryScanningConfiguration",Xq="PutRegistryScanningConfigurationReque\
st",Yq="PutRegistryScanningConfigurationResponse",Qq="PutSigningConfiguration",Zq="PutSigningConfigurationRequest",e8="PutSigningConfigurationResponse",t8="Pull\
ThroughCacheRule",r8="PullThroughCacheRuleAlreadyExistsException",o8="PullThroughCacheRuleList",n8="PullThroughCacheRuleNotFoundException",s8="PackageVulnerabil\
ityDetails",i8="Recommendation",a8="RepositoryAlreadyExistsException",c8="ReplicationBackfillInProgressException",p8="ReplicationBackfillInvalidStatusException",
l8="ReplicationBackfillNotFoundException",u8="ReplicationBackfillProgress",d8="ReplicationBackfillResult",m8="ReplicationBackfillResultList",f8="ReplicationBack\
fillSummary",g8="ReplicationBackfillSummaryList",h8="ReplicationConfiguration",y8="RepositoryCreationTemplate",S8="RepositoryCreationTemplateList",E8="Replicati\
onDestination",x8="ReplicationDestinationList",R8="ResourceDetails",_8="RepositoryFilter",w8="RepositoryFilterList",I8="ReferencedImagesNotFoundException",T8="R\
epositoryList",A8="ResourceList",C8="RepositoryNotEmptyException",v8="RepositoryNotFoundException",b8="RegistryPolicyNotFoundException",P8="RepositoryPolicyNotF\
oundException",O8="RegisterPullTimeUpdateExclusion",D8="RegisterPullTimeUpdateExclusionRequest",N8="RegisterPullTimeUpdateExclusionResponse",k8="ReplicationRule",
$8="ReplicationRuleList",L8="RegistryScanningConfiguration",U8="RepositoryScanningConfigurationFailure",M8="RepositoryScanningConfigurationFailureList",F8="Repo\
sitoryScanningConfigurationList",H8="RepositoryScanningConfiguration",B8="RegistryScanningRule",G8="RegistryScanningRuleList",z8="Remediation",j8="Repository",V8=
"Resource",W8="SigningConfiguration",q8="SigningConfigurationNotFoundException",K8="ScoreDetails",J8="ServerException",X8="SubjectIdentifier",Y8="StartImageScan",
Q8="StartImageScanRequest",Z8="StartImageScanResponse",eK="StartLifecyclePolicyPreview",tK="StartLifecyclePolicyPreviewRequest",rK="StartLifecyclePolicyPreviewR\
esponse",oK="ScanNotFoundException",nK="SecretNotFoundException",sK="SigningRule",iK="StartReplicationBackfill",aK="StartReplicationBackfillRequest",cK="StartRe\
plicationBackfillResponse",pK="StopReplicationBackfillRequest",lK="StopReplicationBackfillResponse",uK="StopReplicationBackfill",dK="ScanningRepositoryFilter",mK=
"ScanningRepositoryFilterList",fK="SigningRepositoryFilterList",gK="SigningRepositoryFilter",hK="SigningRuleList",yK="SetRepositoryPolicy",SK="SetRepositoryPoli\
cyRequest",EK="SetRepositoryPolicyResponse",xK="Tag",RK="TemplateAlreadyExistsException",_K="TransitioningImageTotalCount",wK="TransitioningImageTotalCounts",IK=
"TagList",TK="TooManyTagsException",AK="TemplateNotFoundException",CK="TagResource",vK="TagResourceRequest",bK="TagResourceResponse",PK="UpdateImageStorageClass",
OK="UpdateImageStorageClassRequest",DK="UpdateImageStorageClassResponse",NK="UnsupportedImageTypeException",kK="UploadLayerPart",$K="UploadLayerPartRequest",LK=
"UploadLayerPartResponse",UK="UploadNotFoundException",MK="UpdatePullThroughCacheRule",FK="UpdatePullThroughCacheRuleRequest",HK="UpdatePullThroughCacheRuleResp\
onse",BK="UntagResource",GK="UpdateRepositoryCreationTemplate",zK="UpdateRepositoryCreationTemplateRequest",jK="UpdateRepositoryCreationTemplateResponse",VK="Un\
tagResourceRequest",WK="UntagResourceResponse",qK="UnableToAccessSecretException",KK="UnableToDecryptSecretValueException",JK="UnableToGetUpstreamImageException",
XK="UnableToGetUpstreamLayerException",YK="UnableToListUpstreamImageReferrersException",QK="UnsupportedUpstreamRegistryException",ZK="Value",e5="ValidationExcep\
tion",t5="VulnerablePackage",r5="VulnerablePackagesList",o5="ValidatePullThroughCacheRule",n5="ValidatePullThroughCacheRuleRequest",s5="ValidatePullThroughCache\
RuleResponse",i5="architecture",a5="awsAccountId",c5="authorizationData",p5="awsEcrContainerImage",JS="appliedFor",l5="acceptedMediaTypes",u5="artifactMediaType",
d5="appliedRulePriority",U$="artifactStatus",m5="appliedScanFilters",f5="authorizationToken",g5="artifactType",h5="artifactTypes",y5="action",S5="adjustments",E5=
"annotations",x5="arch",R5="attributes",_5="author",w5="backfills",I5="baseScore",G="client",On="credentialArn",Os="createdAt",Kr="customRoleArn",T5="completedR\
eplicationCount",M$="cvss",Ds="description",A5="downloadUrl",Va="destination",C5="destinations",v5="details",b5="digest",H="error",P5="expiresAt",F$="endedAt",O5=
"exploitAvailable",Wa="encryptionConfiguration",D5="enhancedFindings",N5="expiringImageTotalCount",io="ecrRepositoryPrefix",k5="ecrRepositoryPrefixes",H$="encry\
ptionType",$5="epoch",dd="failures",L5="findingArn",U5="fixAvailable",Mo="failureCode",M5="failureCodes",F5="fixedInVersion",H5="firstObservedAt",B5="filePath",
md="failureReason",G5="failedReplicationCount",B$="findingSeverityCounts",fd="filterType",z5="failure",Fo="filter",j5="findings",G$="force",V5="httpError",W5="i\
mages",q5="imageDetails",qa="imageDigest",K5="imageHash",Ns="imageIds",gr="imageId",z$="imageManifest",XS="imageManifestMediaType",j$="imagePushedAt",gd="imageS\
tatus",hd="imageScanningConfiguration",V$="imageScanCompletedAt",J5="imageScanFindings",X5="imageScanFindingsSummary",Y5="imageSizeInBytes",YS="imageScanStatus",
QS="imageTags",Q5="imageTotalCount",Dn="imageTagMutability",Nn="imageTagMutabilityExclusionFilters",W$="imageTag",Z5="inUseCount",e9="isValid",t9="id",r9="image",
o9="key",n9="kmsError",q$="kmsKey",s9="layers",i9="layerAvailability",a9="lastArchivedAt",c9="lastActivatedAt",p9="lastByteReceived",K$="layerDigests",Ka="layer\
Digest",J$="lastEvaluatedAt",l9="lastInUseAt",u9="lastObservedAt",ZS="lifecyclePolicy",d9="layerPartBlob",kn="lifecyclePolicyText",m9="lastRecordedPullTime",f9=
"layerSize",g9="lastValidByteReceived",B="message",Mr="maxResults",X$="mediaType",h9="metric",ks="name",we="nextToken",y9="platform",S9="pushedAt",yd="principal\
Arn",E9="proxyEndpoint",x9="partFirstByte",R9="partLastByte",_9="packageManager",w9="previewResults",I9="partSize",Ho="policyText",T9="pullThroughCacheRules",A9=
"pullTimeUpdateExclusions",C9="packageVulnerabilityDetails",Sd="prefix",v9="prefixes",Y$="progress",b9="registry",eE="resourceArn",Q$="repositoryArn",$s="replic\
ationBackfillId",tE="replicationConfiguration",rE="repositoryCreationTemplate",P9="repositoryCreationTemplates",oE="repositoryFilters",T="registryId",O9="regist\
ryIds",U="repositoryName",Z$="repositoryNames",nE="repositoryPolicy",D9="replicationStatuses",N9="registryScanningConfiguration",k9="resultStatusFilter",sE="res\
ourceTags",$9="referenceUrls",L9="repositoryUri",U9="relatedVulnerabilities",e1="repository",M9="reason",F9="recommendation",H9="referrers",t1="region",B9="rele\
ase",G9="remediation",z9="repositories",j9="results",V9="resources",Ed="rules",r1="smithy.ts.sdk.synthetic.com.amazonaws.ecr",xd="startedAt",W9="scanningConfigu\
rations",q9="scanningConfiguration",Rd="signingConfiguration",K9="storageClass",J9="scoreDetails",o1="scanFrequency",X9="subjectId",Y9="subImageFailureCodes",Q9=
"sourceLayerHash",Z9="subjectManifestDigest",n1="scanOnPush",s1="signingProfileArn",e7="scoreSource",t7="signingStatuses",i1="scanType",r7="sourceUrl",a1="scori\
ngVector",c1="score",o7="server",p1="severity",n7="size",l1="source",Fr="status",s7="summary",_d="tags",i7="transitioningImageTotalCounts",a7="tagKeys",c7="tota\
lReplicationCount",iE="tagStatus",aE="targetStorageClass",p7="text",l7="title",cE="type",u7="uri",wd="updatedAt",Ls="uploadId",pE="upstreamRegistry",Us="upstrea\
mRepositoryPrefix",Ja="upstreamRegistryUrl",d7="url",Id="value",m7="vendorCreatedAt",f7="vulnerabilityId",g7="vulnerablePackages",h7="vendorSeverity",u1="vulner\
abilitySourceUpdatedAt",y7="vendorUpdatedAt",lE="version",m="com.amazonaws.ecr",d1=new se(r1),S7=[-3,r1,"ECRServiceException",0,[],[]];d1.registerError(S7,L);M=
new se(m),E7=[-3,m,oV,{[H]:G},[B],[0]];M.registerError(E7,od);x7=[-3,m,UW,{[H]:G},[B],[0]];M.registerError(x7,_u);R7=[-3,m,OW,{[H]:G},[B],[0]];M.registerError(R7,
nd);_7=[-3,m,LW,{[H]:G},[B],[0]];M.registerError(_7,ju);w7=[-3,m,m6,{[H]:G},[B],[0]];M.registerError(w7,Zu);I7=[-3,m,d6,{[H]:G},[B],[0]];M.registerError(I7,sd);
T7=[-3,m,g6,{[H]:G},[B],[0]];M.registerError(T7,ed);A7=[-3,m,C6,{[H]:G},[B],[0]];M.registerError(A7,Vu);C7=[-3,m,k6,{[H]:G},[B],[0]];M.registerError(C7,ld);v7=[
-3,m,G6,{[H]:G},[B],[0]];M.registerError(v7,td);b7=[-3,m,_6,{[H]:G},[B],[0]];M.registerError(b7,wu);P7=[-3,m,w6,{[H]:G},[T,U,Ls,g9,B],[0,0,0,1,0]];M.registerError(
P7,ud);O7=[-3,m,v6,{[H]:G},[B],[0]];M.registerError(O7,hu);D7=[-3,m,V6,{[H]:G},[B],[0]];M.registerError(D7,Nu);N7=[-3,m,q6,{[H]:G},[B,n9],[0,0]];M.registerError(
N7,Iu);k7=[-3,m,J6,{[H]:G},[B],[0]];M.registerError(k7,Tu);$7=[-3,m,eq,{[H]:G},[B],[0]];M.registerError($7,Ku);L7=[-3,m,Sq,{[H]:G},[B],[0]];M.registerError(L7,Au);
U7=[-3,m,pq,{[H]:G},[B],[0]];M.registerError(U7,Ju);M7=[-3,m,lq,{[H]:G},[B],[0]];M.registerError(M7,Uu);F7=[-3,m,dq,{[H]:G},[B],[0]];M.registerError(F7,ad);H7=[
-3,m,mq,{[H]:G},[B],[0]];M.registerError(H7,Yu);B7=[-3,m,X6,{[H]:G},[B],[0]];M.registerError(B7,Eu);G7=[-3,m,r8,{[H]:G},[B],[0]];M.registerError(G7,vu);z7=[-3,m,
n8,{[H]:G},[B],[0]];M.registerError(z7,Mu);j7=[-3,m,I8,{[H]:G},[B],[0]];M.registerError(j7,rd);V7=[-3,m,b8,{[H]:G},[B],[0]];M.registerError(V7,Fu);W7=[-3,m,c8,{
[H]:G},[B],[0]];M.registerError(W7,cd);q7=[-3,m,p8,{[H]:G},[B],[0]];M.registerError(q7,pd);K7=[-3,m,l8,{[H]:G},[B],[0]];M.registerError(K7,qu);J7=[-3,m,a8,{[H]:G},
[B],[0]];M.registerError(J7,ku);X7=[-3,m,C8,{[H]:G},[B],[0]];M.registerError(X7,Hu);Y7=[-3,m,v8,{[H]:G},[B],[0]];M.registerError(Y7,yu);Q7=[-3,m,P8,{[H]:G},[B],
[0]];M.registerError(Q7,Gu);Z7=[-3,m,oK,{[H]:G},[B],[0]];M.registerError(Z7,Wu);eJ=[-3,m,nK,{[H]:G},[B],[0]];M.registerError(eJ,bu);tJ=[-3,m,J8,{[H]:o7},[B],[0]];
M.registerError(tJ,Su);rJ=[-3,m,q8,{[H]:G},[B],[0]];M.registerError(rJ,zu);oJ=[-3,m,RK,{[H]:G},[B],[0]];M.registerError(oJ,Lu);nJ=[-3,m,AK,{[H]:G},[B],[0]];M.registerError(
nJ,Bu);sJ=[-3,m,TK,{[H]:G},[B],[0]];M.registerError(sJ,$u);iJ=[-3,m,qK,{[H]:G},[B],[0]];M.registerError(iJ,Pu);aJ=[-3,m,KK,{[H]:G},[B],[0]];M.registerError(aJ,Ou);
cJ=[-3,m,JK,{[H]:G},[B],[0]];M.registerError(cJ,xu);pJ=[-3,m,XK,{[H]:G},[B],[0]];M.registerError(pJ,Xu);lJ=[-3,m,YK,{[H]:G},[B],[0]];M.registerError(lJ,Qu);uJ=[
-3,m,NK,{[H]:G},[B],[0]];M.registerError(uJ,id);dJ=[-3,m,QK,{[H]:G},[B],[0]];M.registerError(dJ,Du);mJ=[-3,m,UK,{[H]:G},[B],[0]];M.registerError(mJ,Cu);fJ=[-3,m,
e5,{[H]:G,[V5]:400},[B],[0]];M.registerError(fJ,Ru);m1=[d1,M],gJ=[3,m,Qj,0,[o9,Id],[0,0],1],hJ=[3,m,Zj,0,[f5,P5,E9],[0,4,0]],yJ=[3,m,tV,0,[i5,_5,K5,QS,y9,S9,l9,
Z5,b9,U],[0,0,0,64,0,4,4,1,0,0]],SJ=[3,m,sV,0,[U,K$,T],[0,64,0],2],EJ=[3,m,iV,0,[s9,dd],[()=>$Q,()=>kQ]],xJ=[3,m,cV,0,[U,Ns,T],[0,()=>Fs,0],2],RJ=[3,m,pV,0,[Ns,
dd],[()=>Fs,()=>S1]],_J=[3,m,uV,0,[U,Ns,T,l5],[0,()=>Fs,0,64],2],wJ=[3,m,dV,0,[W5,dd],[()=>bQ,()=>S1]],IJ=[3,m,fV,0,[Z$],[64],1],TJ=[3,m,gV,0,[W9,dd],[()=>WQ,()=>VQ]],
AJ=[3,m,yV,0,[U,Ls,K$,T],[0,0,64,0],3],CJ=[3,m,SV,0,[T,U,Ls,Ka],[0,0,0,0]],vJ=[3,m,xV,0,[io,Ja,T,pE,On,Kr,Us],[0,0,0,0,0,0,0],2],bJ=[3,m,RV,0,[io,Ja,Os,T,pE,On,
Kr,Us],[0,0,4,0,0,0,0,0]],PJ=[3,m,IV,0,[Sd,JS,Ds,Wa,sE,Dn,Nn,nE,ZS,Kr],[0,64,0,()=>uE,()=>Hs,0,()=>$n,0,0,0],2],OJ=[3,m,TV,0,[T,rE],[0,()=>Ad]],DJ=[3,m,AV,0,[U,
T,_d,Dn,Nn,hd,Wa],[0,0,()=>Hs,0,()=>$n,()=>Td,()=>f1],1],NJ=[3,m,CV,0,[e1],[()=>fE]],kJ=[3,m,vV,0,[I5,a1,l1,lE],[1,0,0,0]],$J=[3,m,bV,0,[h9,M9],[0,0]],LJ=[3,m,OV,
0,[S5,c1,e7,a1,lE],[()=>TQ,1,0,0,0]],UJ=[3,m,qV,0,[U,T],[0,0],1],MJ=[3,m,KV,0,[T,U,kn,J$],[0,0,0,4]],FJ=[3,m,XV,0,[io,T],[0,0],1],HJ=[3,m,YV,0,[io,Ja,Os,T,On,Kr,
Us],[0,0,4,0,0,0,0]],BJ=[3,m,gW,0,[],[]],GJ=[3,m,hW,0,[T,Ho],[0,0]],zJ=[3,m,pW,0,[Sd],[0],1],jJ=[3,m,lW,0,[T,rE],[0,()=>Ad]],VJ=[3,m,yW,0,[U,T],[0,0],1],WJ=[3,m,
SW,0,[T,U,Ho],[0,0,0]],qJ=[3,m,xW,0,[U,T,G$],[0,0,2],1],KJ=[3,m,RW,0,[e1],[()=>fE]],JJ=[3,m,bW,0,[],[]],XJ=[3,m,PW,0,[T,Rd],[0,()=>Cd]],YJ=[3,m,rW,0,[yd],[0],1],
QJ=[3,m,oW,0,[yd],[0]],ZJ=[3,m,UV,0,[U,gr,T],[0,()=>Ot,0],2],eX=[3,m,MV,0,[U,gr,D9],[0,()=>Ot,()=>OQ]],tX=[3,m,BV,0,[U,gr,T,we,Mr],[0,()=>Ot,0,0,1],2],rX=[3,m,GV,
0,[T,U,gr,YS,J5,we],[0,0,()=>Ot,()=>dE,()=>GX,0]],oX=[3,m,kV,0,[iE,gd],[0,0]],nX=[3,m,jV,0,[U,gr,T],[0,()=>Ot,0],2],sX=[3,m,VV,0,[U,gr,T,t7],[0,()=>Ot,0,()=>NQ]],
iX=[3,m,$V,0,[U,T,Ns,we,Mr,Fo],[0,0,()=>Fs,0,1,()=>oX],1],aX=[3,m,FV,0,[q5,we],[()=>vQ,0]],cX=[3,m,QV,0,[T,k5,we,Mr],[0,64,0,1]],pX=[3,m,ZV,0,[T9,we],[()=>UQ,0]],
lX=[3,m,_W,0,[],[]],uX=[3,m,wW,0,[T,tE],[0,()=>mE]],dX=[3,m,iW,0,[$s,T,k9,Mr,we],[0,0,0,1,0],1],mX=[3,m,aW,0,[T,$s,Va,Fr,Mo,Y$,j9,xd,F$,we],[0,0,()=>Ms,0,0,()=>y1,
()=>MQ,4,4,0]],fX=[3,m,IW,0,[T,Z$,we,Mr],[0,64,0,1]],gX=[3,m,TW,0,[z9,we],[()=>jQ,0]],hX=[3,m,uW,0,[v9,we,Mr],[64,0,1]],yX=[3,m,dW,0,[T,P9,we],[0,()=>GQ,0]],f1=
[3,m,DW,0,[H$,q$],[0,0],1],uE=[3,m,NW,0,[H$,q$],[0,0],1],SX=[3,m,kW,0,[a5,Ds,L5,H5,u9,C9,G9,V9,c1,J9,p1,Fr,l7,cE,wd,U5,O5],[0,0,0,4,4,()=>dY,()=>LY,()=>qQ,1,()=>WY,
0,0,0,0,4,0,0]],EX=[3,m,FW,0,[ks],[0],1],xX=[3,m,HW,0,[ks,Id],[0,0]],RX=[3,m,GW,0,[O9],[64]],_X=[3,m,zW,0,[c5],[()=>IQ]],wX=[3,m,VW,0,[U,Ka,T],[0,0,0],2],IX=[3,
m,WW,0,[A5,Ka],[0,0]],TX=[3,m,JW,0,[U,T,Ns,we,Mr,Fo],[0,0,()=>Fs,0,1,()=>XX],1],AX=[3,m,XW,0,[T,U,kn,Fr,we,w9,s7],[0,0,0,0,0,()=>LQ,()=>QX]],CX=[3,m,YW,0,[U,T],
[0,0],1],vX=[3,m,QW,0,[T,U,kn,J$],[0,0,0,4]],bX=[3,m,e6,0,[],[]],PX=[3,m,t6,0,[T,Ho],[0,0]],OX=[3,m,i6,0,[],[]],DX=[3,m,a6,0,[T,q9],[0,()=>h1]],NX=[3,m,r6,0,[U,
T],[0,0],1],kX=[3,m,o6,0,[T,U,Ho],[0,0,0]],$X=[3,m,p6,0,[],[]],LX=[3,m,l6,0,[T,Rd],[0,()=>Cd]],g1=[3,m,u6,0,[T,U,gr,z$,XS],[0,0,()=>Ot,0,0]],UX=[3,m,f6,0,[T,U,qa,
QS,Y5,j$,YS,X5,XS,u5,m9,Z9,gd,a9,c9],[0,0,0,64,1,4,()=>dE,()=>zX,0,0,4,0,0,4,4]],MX=[3,m,y6,0,[gr,Mo,md],[()=>Ot,0,0]],Ot=[3,m,E6,0,[qa,W$],[0,0]],FX=[3,m,b6,0,
[b5,X$,n7,g5,E5,U$],[0,0,1,0,128,0],3],HX=[3,m,O6,0,[t1,T,Fr,Mo],[0,0,0,0]],BX=[3,m,$6,0,[ks,Ds,u7,p1,R5],[0,0,0,0,()=>wQ]],GX=[3,m,M6,0,[V$,u1,B$,j5,D5],[4,4,129,
()=>DQ,()=>CQ]],zX=[3,m,U6,0,[V$,u1,B$],[4,4,129]],Td=[3,m,N6,0,[n1],[2]],dE=[3,m,F6,0,[Fr,Ds],[0,0]],jX=[3,m,B6,0,[s1,Mo,md,Fr],[0,0,0,0]],VX=[3,m,z6,0,[fd,Fo],
[0,0],2],WX=[3,m,T6,0,[U,T],[0,0],1],qX=[3,m,A6,0,[Ls,I9],[0,1]],KX=[3,m,K6,0,[Ka,i9,f9,X$],[0,0,1,0]],JX=[3,m,Y6,0,[Ka,Mo,md],[0,0,0]],XX=[3,m,uq,0,[iE],[0]],YX=
[3,m,fq,0,[QS,qa,j$,y5,d5,K9],[64,0,4,()=>ZX,1,0]],QX=[3,m,hq,0,[N5,i7],[1,()=>XQ]],ZX=[3,m,yq,0,[cE,aE],[0,0]],eY=[3,m,oq,0,[h5,U$],[64,0]],tY=[3,m,nq,0,[U,X9,
T,Fo,we,Mr],[0,()=>sQ,0,()=>eY,0,1],2],rY=[3,m,sq,0,[H9,we],[()=>PQ,0]],oY=[3,m,tq,0,[iE,gd],[0,0]],nY=[3,m,rq,0,[U,T,we,Mr,Fo],[0,0,0,1,()=>oY],1],sY=[3,m,iq,0,
[Ns,we],[()=>Fs,0]],iY=[3,m,xq,0,[Mr,we],[1,0]],aY=[3,m,Rq,0,[A9,we],[64,0]],cY=[3,m,wq,0,[T,Mr,we],[0,1,0]],pY=[3,m,Iq,0,[T,w5,we],[0,()=>FQ,0]],lY=[3,m,Aq,0,[
eE],[0],1],uY=[3,m,Cq,0,[_d],[()=>Hs]],dY=[3,m,s8,0,[M$,$9,U9,l1,r7,m7,h7,y7,f7,g7],[()=>AQ,64,64,0,0,4,0,4,0,()=>YQ]],mY=[3,m,t8,0,[io,Ja,Os,T,On,Kr,Us,pE,wd],
[0,0,4,0,0,0,0,0,4]],fY=[3,m,bq,0,[ks,Id],[0,0],2],gY=[3,m,Pq,0,[ks,Id],[0,0]],hY=[3,m,Dq,0,[U,z$,T,XS,W$,qa],[0,0,0,0,0,0],2],yY=[3,m,Nq,0,[r9],[()=>g1]],SY=[3,
m,$q,0,[U,hd,T],[0,()=>Td,0],2],EY=[3,m,Lq,0,[T,U,hd],[0,0,()=>Td]],xY=[3,m,Mq,0,[U,Dn,T,Nn],[0,0,0,()=>$n],2],RY=[3,m,Fq,0,[T,U,Dn,Nn],[0,0,0,()=>$n]],_Y=[3,m,
Bq,0,[U,kn,T],[0,0,0],2],wY=[3,m,Gq,0,[T,U,kn],[0,0,0]],IY=[3,m,qq,0,[Ho],[0],1],TY=[3,m,Kq,0,[T,Ho],[0,0]],AY=[3,m,Xq,0,[i1,Ed],[0,()=>E1]],CY=[3,m,Yq,0,[N9],[
()=>h1]],vY=[3,m,jq,0,[tE],[()=>mE],1],bY=[3,m,Vq,0,[tE],[()=>mE]],PY=[3,m,Zq,0,[Rd],[()=>Cd],1],OY=[3,m,e8,0,[Rd],[()=>Cd]],DY=[3,m,i8,0,[d7,p7],[0,0]],NY=[3,m,
D8,0,[yd],[0],1],kY=[3,m,N8,0,[yd,Os],[0,4]],h1=[3,m,L8,0,[i1,Ed],[0,()=>E1]],$Y=[3,m,B8,0,[o1,oE],[0,()=>x1],2],LY=[3,m,z8,0,[F9],[()=>DY]],y1=[3,m,u8,0,[c7,T5,
G5,M5],[1,1,1,64],4],UY=[3,m,d8,0,[U,gr,Fr,Mo,Y9],[0,()=>Ot,0,0,64],3],MY=[3,m,f8,0,[$s,Va,Fr,xd,Mo,Y$,F$],[0,()=>Ms,0,4,0,()=>y1,4],4],mE=[3,m,h8,0,[Ed],[()=>BQ],
1],Ms=[3,m,E8,0,[t1,T],[0,0],2],FY=[3,m,k8,0,[C5,oE],[()=>HQ,()=>zQ],1],fE=[3,m,j8,0,[Q$,T,U,L9,Os,Dn,Nn,hd,Wa],[0,0,0,0,4,0,()=>$n,()=>Td,()=>f1]],Ad=[3,m,y8,0,
[Sd,Ds,Wa,sE,Dn,Nn,nE,ZS,JS,Kr,Os,wd],[0,0,()=>uE,()=>Hs,0,()=>$n,0,0,64,0,4,4]],HY=[3,m,_8,0,[Fo,fd],[0,0],2],BY=[3,m,H8,0,[Q$,U,n1,o1,m5],[0,0,2,0,()=>x1]],GY=
[3,m,U8,0,[U,Mo,md],[0,0,0]],zY=[3,m,V8,0,[v5,t9,_d,cE],[()=>jY,0,128,0]],jY=[3,m,R8,0,[p5],[()=>yJ]],VY=[3,m,dK,0,[Fo,fd],[0,0],2],WY=[3,m,K8,0,[M$],[()=>LJ]],
qY=[3,m,SK,0,[U,Ho,T,G$],[0,0,0,2],2],KY=[3,m,EK,0,[T,U,Ho],[0,0,0]],Cd=[3,m,W8,0,[Ed],[()=>JQ],1],JY=[3,m,gK,0,[Fo,fd],[0,0],2],XY=[3,m,sK,0,[s1,oE],[0,()=>KQ],
1],YY=[3,m,Q8,0,[U,gr,T],[0,()=>Ot,0],2],QY=[3,m,Z8,0,[T,U,gr,YS],[0,0,()=>Ot,()=>dE]],ZY=[3,m,tK,0,[U,T,kn],[0,0,0],1],eQ=[3,m,rK,0,[T,U,kn,Fr],[0,0,0,0]],tQ=[
3,m,aK,0,[Va,T],[()=>Ms,0],1],rQ=[3,m,cK,0,[$s,T,Va,Fr,xd],[0,0,()=>Ms,0,4]],oQ=[3,m,pK,0,[$s,T],[0,0],1],nQ=[3,m,lK,0,[T,$s,Va,Fr,xd],[0,0,()=>Ms,0,4]],sQ=[3,m,
X8,0,[qa],[0],1],iQ=[3,m,xK,0,[W6,ZK],[0,0],2],aQ=[3,m,vK,0,[eE,_d],[0,()=>Hs],2],cQ=[3,m,bK,0,[],[]],pQ=[3,m,_K,0,[aE,Q5],[0,1]],lQ=[3,m,VK,0,[eE,a7],[0,64],2],
uQ=[3,m,WK,0,[],[]],dQ=[3,m,OK,0,[U,gr,aE,T],[0,()=>Ot,0,0],3],mQ=[3,m,DK,0,[T,U,gr,gd],[0,0,()=>Ot,0]],fQ=[3,m,FK,0,[io,T,On,Kr],[0,0,0,0],1],gQ=[3,m,HK,0,[io,
T,wd,On,Kr,Us],[0,0,4,0,0,0]],hQ=[3,m,zK,0,[Sd,Ds,Wa,sE,Dn,Nn,nE,ZS,JS,Kr],[0,0,()=>uE,()=>Hs,0,()=>$n,0,0,64,0],1],yQ=[3,m,jK,0,[T,rE],[0,()=>Ad]],SQ=[3,m,$K,0,
[U,Ls,x9,R9,d9,T],[0,0,1,1,21,0],5],EQ=[3,m,LK,0,[T,U,Ls,p9],[0,0,0,1]],xQ=[3,m,n5,0,[io,T],[0,0],1],RQ=[3,m,s5,0,[io,T,Ja,On,Kr,Us,e9,z5],[0,0,0,0,0,0,2,0]],_Q=
[3,m,t5,0,[x5,$5,B5,ks,_9,B9,Q9,lE,F5],[0,1,0,0,0,0,0,0,0]],wQ=[1,m,rV,0,()=>gJ],IQ=[1,m,eV,0,()=>hJ],TQ=[1,m,PV,0,()=>$J],AQ=[1,m,DV,0,()=>kJ],CQ=[1,m,$W,0,()=>SX],
vQ=[1,m,h6,0,()=>UX],S1=[1,m,S6,0,()=>MX],Fs=[1,m,x6,0,()=>Ot],bQ=[1,m,R6,0,()=>g1],PQ=[1,m,P6,0,()=>FX],OQ=[1,m,D6,0,()=>HX],DQ=[1,m,L6,0,()=>BX],NQ=[1,m,H6,0,
()=>jX],$n=[1,m,j6,0,()=>VX],kQ=[1,m,Q6,0,()=>JX],$Q=[1,m,cq,0,()=>KX],LQ=[1,m,gq,0,()=>YX],UQ=[1,m,o8,0,()=>mY],E1=[1,m,G8,0,()=>$Y],MQ=[1,m,m8,0,()=>UY],FQ=[1,
m,g8,0,()=>MY],HQ=[1,m,x8,0,()=>Ms],BQ=[1,m,$8,0,()=>FY],GQ=[1,m,S8,0,()=>Ad],zQ=[1,m,w8,0,()=>HY],jQ=[1,m,T8,0,()=>fE],VQ=[1,m,M8,0,()=>GY],WQ=[1,m,F8,0,()=>BY],
qQ=[1,m,A8,0,()=>zY],x1=[1,m,mK,0,()=>VY],KQ=[1,m,fK,0,()=>JY],JQ=[1,m,hK,0,()=>XY],Hs=[1,m,IK,0,()=>iQ],XQ=[1,m,wK,0,()=>pQ],YQ=[1,m,r5,0,()=>_Q],R1=[9,m,nV,0,
()=>SJ,()=>EJ],_1=[9,m,aV,0,()=>xJ,()=>RJ],w1=[9,m,lV,0,()=>_J,()=>wJ],I1=[9,m,mV,0,()=>IJ,()=>TJ],T1=[9,m,hV,0,()=>AJ,()=>CJ],A1=[9,m,EV,0,()=>vJ,()=>bJ],C1=[9,
m,_V,0,()=>DJ,()=>NJ],v1=[9,m,wV,0,()=>PJ,()=>OJ],b1=[9,m,WV,0,()=>UJ,()=>MJ],P1=[9,m,JV,0,()=>FJ,()=>HJ],O1=[9,m,fW,0,()=>BJ,()=>GJ],D1=[9,m,nW,0,()=>qJ,()=>KJ],
N1=[9,m,cW,0,()=>zJ,()=>jJ],k1=[9,m,EW,0,()=>VJ,()=>WJ],$1=[9,m,vW,0,()=>JJ,()=>XJ],L1=[9,m,tW,0,()=>YJ,()=>QJ],U1=[9,m,LV,0,()=>ZJ,()=>eX],M1=[9,m,NV,0,()=>iX,
()=>aX],F1=[9,m,HV,0,()=>tX,()=>rX],H1=[9,m,zV,0,()=>nX,()=>sX],B1=[9,m,eW,0,()=>cX,()=>pX],G1=[9,m,AW,0,()=>lX,()=>uX],z1=[9,m,sW,0,()=>dX,()=>mX],j1=[9,m,CW,0,
()=>fX,()=>gX],V1=[9,m,mW,0,()=>hX,()=>yX],W1=[9,m,MW,0,()=>EX,()=>xX],q1=[9,m,BW,0,()=>RX,()=>_X],K1=[9,m,jW,0,()=>wX,()=>IX],J1=[9,m,qW,0,()=>CX,()=>vX],X1=[9,
m,KW,0,()=>TX,()=>AX],Y1=[9,m,ZW,0,()=>bX,()=>PX],Q1=[9,m,s6,0,()=>OX,()=>DX],Z1=[9,m,n6,0,()=>NX,()=>kX],eL=[9,m,c6,0,()=>$X,()=>LX],tL=[9,m,I6,0,()=>WX,()=>qX],
rL=[9,m,aq,0,()=>tY,()=>rY],oL=[9,m,Z6,0,()=>nY,()=>sY],nL=[9,m,Eq,0,()=>iY,()=>aY],sL=[9,m,_q,0,()=>cY,()=>pY],iL=[9,m,Tq,0,()=>lY,()=>uY],aL=[9,m,vq,0,()=>fY,
()=>gY],cL=[9,m,Oq,0,()=>hY,()=>yY],pL=[9,m,kq,0,()=>SY,()=>EY],lL=[9,m,Uq,0,()=>xY,()=>RY],uL=[9,m,Hq,0,()=>_Y,()=>wY],dL=[9,m,Wq,0,()=>IY,()=>TY],mL=[9,m,Jq,0,
()=>AY,()=>CY],fL=[9,m,zq,0,()=>vY,()=>bY],gL=[9,m,Qq,0,()=>PY,()=>OY],hL=[9,m,O8,0,()=>NY,()=>kY],yL=[9,m,yK,0,()=>qY,()=>KY],SL=[9,m,Y8,0,()=>YY,()=>QY],EL=[9,
m,eK,0,()=>ZY,()=>eQ],xL=[9,m,iK,0,()=>tQ,()=>rQ],RL=[9,m,uK,0,()=>oQ,()=>nQ],_L=[9,m,CK,0,()=>aQ,()=>cQ],wL=[9,m,BK,0,()=>lQ,()=>uQ],IL=[9,m,PK,0,()=>dQ,()=>mQ],
TL=[9,m,MK,0,()=>fQ,()=>gQ],AL=[9,m,GK,0,()=>hQ,()=>yQ],CL=[9,m,kK,0,()=>SQ,()=>EQ],vL=[9,m,o5,0,()=>xQ,()=>RQ]});var bL,PL=c(()=>{Le();gn();to();N();q();F();zS();L$();b();bL=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Oe,base64Encoder:t?.base64Encoder??Te,
disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??$$,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
_$,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Re}],logger:t?.logger??
new Ne,protocol:t?.protocol??sa,protocolSettings:t?.protocolSettings??{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:m1,xmlNamespace:"http://ecr.amaz\
onaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonEC2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??_t,urlParser:t?.
urlParser??Ce,utf8Decoder:t?.utf8Decoder??de,utf8Encoder:t?.utf8Encoder??pe})});var OL,DL=c(()=>{A$();K();Le();xS();N();V();Tt();F();wo();PL();OL=t=>{jt(process.version);let e=Jt(t),r=()=>e().then(zt),o=bL(t);Nt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??v(Ct,n),bodyLengthChecker:t?.bodyLengthChecker??
$t,credentialDefaultProvider:t?.credentialDefaultProvider??As,defaultSocketTimeout:kt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??
lr({serviceId:o.serviceId,clientVersion:C$.version}),maxAttempts:t?.maxAttempts??v(ir,t),region:t?.region??v(He,{...ut,...n}),requestHandler:We.create(t?.requestHandler??
r),retryMode:t?.retryMode??v({...cr,default:async()=>(await r()).retryMode||ft},t),streamCollector:t?.streamCollector??Ze,useDualstackEndpoint:t?.useDualstackEndpoint??
v(Ft,n),useFipsEndpoint:t?.useFipsEndpoint??v(Ht,n),userAgentAppId:t?.userAgentAppId??v(ur,n)}}});var NL,kL,$L=c(()=>{NL=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},kL=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var LL,UL=c(()=>{K();N();q();$L();LL=(t,e)=>{let r=Object.assign(dr(t),Vt(t),Yt(t),NL(t));return e.forEach(o=>o.configure(r)),Object.assign(t,mr(r),Wt(r),Qt(r),
kL(r))}});var ye,Cr=c(()=>{K();ue();N();V();ne();q();Tt();ie();zS();jS();DL();UL();ye=class extends Me{config;constructor(...[e]){let r=OL(e||{});super(r),this.initConfig=
r;let o=I$(r),n=or(o),s=ar(n),i=Kt(s),a=i,p=xr(a),l=w$(p),u=LL(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Bt(this.config)),this.middlewareStack.
use(pr(this.config)),this.middlewareStack.use(_r(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(er(this.config)),this.middlewareStack.
use(tr(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(wt(this.config,{httpAuthSchemeParametersProvider:R$,identityProviderConfigProvider:async d=>new tt(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(It(this.config))}destroy(){super.destroy()}}});var x,R,_,O=c(()=>{N();ne();jS();x=qt(T$,"AmazonEC2ContainerRegistry_V20150921","ECRClient",Rr),R={},_=(t,e,r,o)=>[]});var vd,gE=c(()=>{O();b();vd=class extends x(R,_,"BatchCheckLayerAvailability",R1){}});var bd,hE=c(()=>{O();b();bd=class extends x(R,_,"BatchDeleteImage",_1){}});var Bs,yE=c(()=>{O();b();Bs=class extends x(R,_,"BatchGetImage",w1){}});var Pd,SE=c(()=>{O();b();Pd=class extends x(R,_,"BatchGetRepositoryScanningConfiguration",I1){}});var Od,EE=c(()=>{O();b();Od=class extends x(R,_,"CompleteLayerUpload",T1){}});var Dd,xE=c(()=>{O();b();Dd=class extends x(R,_,"CreatePullThroughCacheRule",A1){}});var Gs,RE=c(()=>{O();b();Gs=class extends x(R,_,"CreateRepository",C1){}});var Nd,_E=c(()=>{O();b();Nd=class extends x(R,_,"CreateRepositoryCreationTemplate",v1){}});var kd,wE=c(()=>{O();b();kd=class extends x(R,_,"DeleteLifecyclePolicy",b1){}});var $d,IE=c(()=>{O();b();$d=class extends x(R,_,"DeletePullThroughCacheRule",P1){}});var Ld,TE=c(()=>{O();b();Ld=class extends x(R,_,"DeleteRegistryPolicy",O1){}});var Ud,AE=c(()=>{O();b();Ud=class extends x(R,_,"DeleteRepository",D1){}});var Md,CE=c(()=>{O();b();Md=class extends x(R,_,"DeleteRepositoryCreationTemplate",N1){}});var Fd,vE=c(()=>{O();b();Fd=class extends x(R,_,"DeleteRepositoryPolicy",k1){}});var Hd,bE=c(()=>{O();b();Hd=class extends x(R,_,"DeleteSigningConfiguration",$1){}});var Bd,PE=c(()=>{O();b();Bd=class extends x(R,_,"DeregisterPullTimeUpdateExclusion",L1){}});var Gd,OE=c(()=>{O();b();Gd=class extends x(R,_,"DescribeImageReplicationStatus",U1){}});var Bo,Xa=c(()=>{O();b();Bo=class extends x(R,_,"DescribeImageScanFindings",F1){}});var zs,zd=c(()=>{O();b();zs=class extends x(R,_,"DescribeImages",M1){}});var jd,DE=c(()=>{O();b();jd=class extends x(R,_,"DescribeImageSigningStatus",H1){}});var js,Vd=c(()=>{O();b();js=class extends x(R,_,"DescribePullThroughCacheRules",B1){}});var Wd,NE=c(()=>{O();b();Wd=class extends x(R,_,"DescribeRegistry",G1){}});var Vs,qd=c(()=>{O();b();Vs=class extends x(R,_,"DescribeReplicationBackfillResults",z1){}});var Go,Kd=c(()=>{O();b();Go=class extends x(R,_,"DescribeRepositories",j1){}});var Ws,Jd=c(()=>{O();b();Ws=class extends x(R,_,"DescribeRepositoryCreationTemplates",V1){}});var Xd,kE=c(()=>{O();b();Xd=class extends x(R,_,"GetAccountSetting",W1){}});var qs,$E=c(()=>{O();b();qs=class extends x(R,_,"GetAuthorizationToken",q1){}});var Yd,LE=c(()=>{O();b();Yd=class extends x(R,_,"GetDownloadUrlForLayer",K1){}});var Qd,UE=c(()=>{O();b();Qd=class extends x(R,_,"GetLifecyclePolicy",J1){}});var zo,Ya=c(()=>{O();b();zo=class extends x(R,_,"GetLifecyclePolicyPreview",X1){}});var Zd,ME=c(()=>{O();b();Zd=class extends x(R,_,"GetRegistryPolicy",Y1){}});var em,FE=c(()=>{O();b();em=class extends x(R,_,"GetRegistryScanningConfiguration",Q1){}});var tm,HE=c(()=>{O();b();tm=class extends x(R,_,"GetRepositoryPolicy",Z1){}});var rm,BE=c(()=>{O();b();rm=class extends x(R,_,"GetSigningConfiguration",eL){}});var om,GE=c(()=>{O();b();om=class extends x(R,_,"InitiateLayerUpload",tL){}});var nm,zE=c(()=>{O();b();nm=class extends x(R,_,"ListImageReferrers",rL){}});var Ks,sm=c(()=>{O();b();Ks=class extends x(R,_,"ListImages",oL){}});var im,jE=c(()=>{O();b();im=class extends x(R,_,"ListPullTimeUpdateExclusions",nL){}});var Js,am=c(()=>{O();b();Js=class extends x(R,_,"ListReplicationBackfills",sL){}});var cm,VE=c(()=>{O();b();cm=class extends x(R,_,"ListTagsForResource",iL){}});var pm,WE=c(()=>{O();b();pm=class extends x(R,_,"PutAccountSetting",aL){}});var Xs,qE=c(()=>{O();b();Xs=class extends x(R,_,"PutImage",cL){}});var lm,KE=c(()=>{O();b();lm=class extends x(R,_,"PutImageScanningConfiguration",pL){}});var um,JE=c(()=>{O();b();um=class extends x(R,_,"PutImageTagMutability",lL){}});var Ys,XE=c(()=>{O();b();Ys=class extends x(R,_,"PutLifecyclePolicy",uL){}});var dm,YE=c(()=>{O();b();dm=class extends x(R,_,"PutRegistryPolicy",dL){}});var mm,QE=c(()=>{O();b();mm=class extends x(R,_,"PutRegistryScanningConfiguration",mL){}});var fm,ZE=c(()=>{O();b();fm=class extends x(R,_,"PutReplicationConfiguration",fL){}});var gm,ex=c(()=>{O();b();gm=class extends x(R,_,"PutSigningConfiguration",gL){}});var hm,tx=c(()=>{O();b();hm=class extends x(R,_,"RegisterPullTimeUpdateExclusion",hL){}});var Qs,rx=c(()=>{O();b();Qs=class extends x(R,_,"SetRepositoryPolicy",yL){}});var ym,ox=c(()=>{O();b();ym=class extends x(R,_,"StartImageScan",SL){}});var Sm,nx=c(()=>{O();b();Sm=class extends x(R,_,"StartLifecyclePolicyPreview",EL){}});var Em,sx=c(()=>{O();b();Em=class extends x(R,_,"StartReplicationBackfill",xL){}});var xm,ix=c(()=>{O();b();xm=class extends x(R,_,"StopReplicationBackfill",RL){}});var Rm,ax=c(()=>{O();b();Rm=class extends x(R,_,"TagResource",_L){}});var _m,cx=c(()=>{O();b();_m=class extends x(R,_,"UntagResource",wL){}});var wm,px=c(()=>{O();b();wm=class extends x(R,_,"UpdateImageStorageClass",IL){}});var Im,lx=c(()=>{O();b();Im=class extends x(R,_,"UpdatePullThroughCacheRule",TL){}});var Tm,ux=c(()=>{O();b();Tm=class extends x(R,_,"UpdateRepositoryCreationTemplate",AL){}});var Am,dx=c(()=>{O();b();Am=class extends x(R,_,"UploadLayerPart",CL){}});var Cm,mx=c(()=>{O();b();Cm=class extends x(R,_,"ValidatePullThroughCacheRule",vL){}});var ML,fx=c(()=>{ue();Xa();Cr();ML=ke(ye,Bo,"nextToken","nextToken","maxResults")});var FL,gx=c(()=>{ue();zd();Cr();FL=ke(ye,zs,"nextToken","nextToken","maxResults")});var HL,hx=c(()=>{ue();Vd();Cr();HL=ke(ye,js,"nextToken","nextToken","maxResults")});var BL,yx=c(()=>{ue();qd();Cr();BL=ke(ye,Vs,"nextToken","nextToken","maxResults")});var GL,Sx=c(()=>{ue();Kd();Cr();GL=ke(ye,Go,"nextToken","nextToken","maxResults")});var zL,Ex=c(()=>{ue();Jd();Cr();zL=ke(ye,Ws,"nextToken","nextToken","maxResults")});var jL,xx=c(()=>{ue();Ya();Cr();jL=ke(ye,zo,"nextToken","nextToken","maxResults")});var VL,Rx=c(()=>{ue();sm();Cr();VL=ke(ye,Ks,"nextToken","nextToken","maxResults")});var WL,_x=c(()=>{ue();am();Cr();WL=ke(ye,Js,"nextToken","nextToken","maxResults")});var QQ,qL,wx=c(()=>{N();Xa();QQ=async(t,e)=>{let r;try{let o=await t.send(new Bo(e));r=o;try{if(o.imageScanStatus.status==="COMPLETE")return{state:ve.SUCCESS,reason:r}}catch{}
try{if(o.imageScanStatus.status==="FAILED")return{state:ve.FAILURE,reason:r}}catch{}}catch(o){r=o}return{state:ve.RETRY,reason:r}},qL=async(t,e)=>{let o=await Ai(
{...{minDelay:5,maxDelay:120},...t},e,QQ);return Ti(o)}});var ZQ,KL,Ix=c(()=>{N();Ya();ZQ=async(t,e)=>{let r;try{let o=await t.send(new zo(e));r=o;try{if(o.status==="COMPLETE")return{state:ve.SUCCESS,reason:r}}catch{}try{
if(o.status==="FAILED")return{state:ve.FAILURE,reason:r}}catch{}}catch(o){r=o}return{state:ve.RETRY,reason:r}},KL=async(t,e)=>{let o=await Ai({...{minDelay:5,maxDelay:120},
...t},e,ZQ);return Ti(o)}});var eZ,tZ,rZ,Tx,JL=c(()=>{N();gE();hE();yE();SE();EE();xE();RE();_E();wE();IE();TE();AE();CE();vE();bE();PE();OE();Xa();zd();DE();Vd();NE();qd();Kd();Jd();kE();
$E();LE();UE();Ya();ME();FE();HE();BE();GE();zE();sm();jE();am();VE();WE();qE();KE();JE();XE();YE();QE();ZE();ex();tx();rx();ox();nx();sx();ix();ax();cx();px();
lx();ux();dx();mx();Cr();fx();gx();hx();yx();Sx();Ex();xx();Rx();_x();wx();Ix();eZ={BatchCheckLayerAvailabilityCommand:vd,BatchDeleteImageCommand:bd,BatchGetImageCommand:Bs,
BatchGetRepositoryScanningConfigurationCommand:Pd,CompleteLayerUploadCommand:Od,CreatePullThroughCacheRuleCommand:Dd,CreateRepositoryCommand:Gs,CreateRepositoryCreationTemplateCommand:Nd,
DeleteLifecyclePolicyCommand:kd,DeletePullThroughCacheRuleCommand:$d,DeleteRegistryPolicyCommand:Ld,DeleteRepositoryCommand:Ud,DeleteRepositoryCreationTemplateCommand:Md,
DeleteRepositoryPolicyCommand:Fd,DeleteSigningConfigurationCommand:Hd,DeregisterPullTimeUpdateExclusionCommand:Bd,DescribeImageReplicationStatusCommand:Gd,DescribeImagesCommand:zs,
DescribeImageScanFindingsCommand:Bo,DescribeImageSigningStatusCommand:jd,DescribePullThroughCacheRulesCommand:js,DescribeRegistryCommand:Wd,DescribeReplicationBackfillResultsCommand:Vs,
DescribeRepositoriesCommand:Go,DescribeRepositoryCreationTemplatesCommand:Ws,GetAccountSettingCommand:Xd,GetAuthorizationTokenCommand:qs,GetDownloadUrlForLayerCommand:Yd,
GetLifecyclePolicyCommand:Qd,GetLifecyclePolicyPreviewCommand:zo,GetRegistryPolicyCommand:Zd,GetRegistryScanningConfigurationCommand:em,GetRepositoryPolicyCommand:tm,
GetSigningConfigurationCommand:rm,InitiateLayerUploadCommand:om,ListImageReferrersCommand:nm,ListImagesCommand:Ks,ListPullTimeUpdateExclusionsCommand:im,ListReplicationBackfillsCommand:Js,
ListTagsForResourceCommand:cm,PutAccountSettingCommand:pm,PutImageCommand:Xs,PutImageScanningConfigurationCommand:lm,PutImageTagMutabilityCommand:um,PutLifecyclePolicyCommand:Ys,
PutRegistryPolicyCommand:dm,PutRegistryScanningConfigurationCommand:mm,PutReplicationConfigurationCommand:fm,PutSigningConfigurationCommand:gm,RegisterPullTimeUpdateExclusionCommand:hm,
SetRepositoryPolicyCommand:Qs,StartImageScanCommand:ym,StartLifecyclePolicyPreviewCommand:Sm,StartReplicationBackfillCommand:Em,StopReplicationBackfillCommand:xm,
TagResourceCommand:Rm,UntagResourceCommand:_m,UpdateImageStorageClassCommand:wm,UpdatePullThroughCacheRuleCommand:Im,UpdateRepositoryCreationTemplateCommand:Tm,
UploadLayerPartCommand:Am,ValidatePullThroughCacheRuleCommand:Cm},tZ={paginateDescribeImages:FL,paginateDescribeImageScanFindings:ML,paginateDescribePullThroughCacheRules:HL,
paginateDescribeReplicationBackfillResults:BL,paginateDescribeRepositories:GL,paginateDescribeRepositoryCreationTemplates:zL,paginateGetLifecyclePolicyPreview:jL,
paginateListImages:VL,paginateListReplicationBackfills:WL},rZ={waitUntilImageScanComplete:qL,waitUntilLifecyclePolicyPreviewComplete:KL},Tx=class extends ye{};Gt(
eZ,Tx,{paginators:tZ,waiters:rZ})});var XL=c(()=>{gE();hE();yE();SE();EE();xE();RE();_E();wE();IE();TE();AE();CE();vE();bE();PE();OE();Xa();DE();zd();Vd();NE();qd();Kd();Jd();kE();$E();LE();UE();Ya();
ME();FE();HE();BE();GE();zE();sm();jE();am();VE();WE();qE();KE();JE();XE();YE();QE();ZE();ex();tx();rx();ox();nx();sx();ix();ax();cx();px();lx();ux();dx();mx()});var YL=c(()=>{});var QL=c(()=>{YL();gx();fx();hx();yx();Sx();Ex();xx();Rx();_x()});var ZL=c(()=>{wx();Ix()});var eU=c(()=>{});var tU=c(()=>{});var rU=c(()=>{Cr();JL();XL();QL();ZL();b();eU();KS();tU()});function Ax(t,e){return{name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??
[]).map(r=>r.filter??"").filter(Boolean),created:e}}function sZ(t){return t.imageTagMutability!=="IMMUTABLE_WITH_EXCLUSION"?void 0:(t.tags.length?t.tags:["lates\
t"]).slice(0,nZ).map(r=>({filterType:"WILDCARD",filter:r}))}function iZ(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(
".*")}$`)}function vx(t,e){let r=t.exclusionFilters.some(o=>iZ(o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"\
MUTABLE_WITH_EXCLUSION":return r;default:return!1}}var Cx,oZ,nZ,Zs,Qa,oU=c(()=>{"use strict";Cx=require("node:fs");rU();ai();Dt();oZ=["application/vnd.docker.di\
stribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v1+json","application/vnd.oci.image\
.index.v1+json"],nZ=5,Zs=t=>t?.name??"",Qa=class{constructor(e,r,o,n){this.registryId=o;this.deadline=n;this.ecr=new ye(nc(e,r,n)),this.sendOptions={abortSignal:n?.
signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let r=(await this.call("GetAuthorizationToken",()=>this.ecr.send(new qs(this.
registryId?{registryIds:[this.registryId]}:{}),this.sendOptions))).authorizationData?.[0];if(!r?.authorizationToken||!r.proxyEndpoint)throw new st("ECR returned\
 no authorization data");let o=Buffer.from(r.authorizationToken,"base64").toString("utf8"),n=o.indexOf(":");return{host:r.proxyEndpoint.replace(/^https?:\/\//,"").
replace(/\/+$/,""),username:o.slice(0,n),password:o.slice(n+1)}}async findRepository(e){let r=await this.describe(e);return r&&Ax(r,!1)}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new st(`repository ${e.repository} does not exist`,"create it, or set c\
reate-repository: true");try{let o=await this.call("CreateRepository",()=>this.ecr.send(new Gs({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.
imageTagMutability,imageTagMutabilityExclusionFilters:sZ(e),imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,
kmsKey:e.kmsKey}}),this.sendOptions));return Ax(o.repository,!0)}catch(o){if(Zs(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.describe(e.repository);
if(!n)throw o;return Ax(n,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){let o=(0,Cx.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLi\
fecyclePolicy",()=>this.ecr.send(new Ys({registryId:this.registryId,repositoryName:e.repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){
let o=(0,Cx.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetRepositoryPolicy",()=>this.ecr.send(new Qs({registryId:this.registryId,repositoryName:e.
repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){let o=new Map,n;try{n=await this.call("BatchGetImage",()=>this.ecr.send(new Bs(
{registryId:this.registryId,repositoryName:e,imageIds:r.map(s=>({imageTag:s})),acceptedMediaTypes:oZ}),this.sendOptions))}catch(s){if(Zs(s)==="RepositoryNotFoun\
dException")return o;throw s}for(let s of n.images??[]){let i=s.imageId?.imageTag;i&&s.imageId?.imageDigest&&s.imageManifest&&o.set(i,{digest:s.imageId.imageDigest,
manifest:s.imageManifest,mediaType:s.imageManifestMediaType??""})}return o}async putTag(e,r,o){try{await this.call("PutImage",()=>this.ecr.send(new Xs({registryId:this.
registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),this.sendOptions))}catch(n){if(Zs(
n)==="ImageAlreadyExistsException")return;throw Zs(n)==="ImageTagAlreadyExistsException"?new st(`tag ${o} already exists in the immutable repository ${e} at ano\
ther image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:n}):n}}async describe(e){try{return(await this.call("DescribeReposit\
ories",()=>this.ecr.send(new Go({registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){if(Zs(r)==="RepositoryNotFoundE\
xception")return;throw r}}async call(e,r){try{return await Un(this.deadline,`ECR ${e}`,r)}catch(o){let n=Zs(o);if(o instanceof st||/NotFound|AlreadyExists/.test(
n))throw o;if(n==="CredentialsProviderError")throw new st(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to use the CI's OIDC token, or pro\
vide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let s=sc(o);if(s.transient)throw new st(`ECR ${e} failed aft\
er ${s.attempts} attempt(s): ${n}: ${o.message}`,ic("ECR",s.throttled),{cause:o});let i=`ECR ${e} failed: ${n}: ${o.message}`;throw/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(n)?new st(i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new st(i,void 0,{cause:o})}}}});var Px={};Rt(Px,{deliver:()=>aZ,loginOnly:()=>pZ});function aZ(t){let e=new ii(t.options.timeoutSeconds);return e.bound(()=>cZ(t,e))}async function cZ(t,e){let{
options:r,context:o,reporter:n}=t,s=new qo(t.run,n,e),i=r.image?void 0:nR(r),a=Promise.all([s.check(),i?s.hasBuildx():!0]),p=nU(t),[,l]=await a;if(!l)throw new yr(
`${i} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action), or drop the option");r.image||s.hasBuildx();
let u=await n.phase("Credentials",()=>sU(t,p,e)),d=new Qa(o.region,u,r.registryId,e);try{return await new bx(t,s,d).run()}finally{d.close()}}function pZ(t){let e=new ii(
t.options.timeoutSeconds);return e.bound(()=>lZ(t,e))}async function lZ(t,e){let r=new qo(t.run,t.reporter,e),o=r.check(),n=nU(t);await o;let s=await t.reporter.
phase("Credentials",()=>sU(t,n,e)),i=new Qa(t.context.region,s,t.options.registryId,e);try{return await t.reporter.phase("Login",async()=>{let a=await i.login();
return t.onLogin?.(a.host),await r.login(a),{registry:a.host}})}finally{i.close()}}function nU(t){let{options:e,context:r}=t;if(e.roleToAssume)return S$({ci:r.ci,
audience:e.audience,tokenFile:e.webIdentityTokenFile,platformToken:t.platformToken,env:t.env}).catch(o=>o)}async function sU(t,e,r){let{options:o,context:n,reporter:s}=t;
if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;return s.secret(i.
token),s.info(`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${i.source}`),E$({roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.
roleDurationSeconds,region:n.region},i.token,s,r)}var bx,Ox=c(()=>{"use strict";ai();x$();Gm();Dt();Jr();oU();bx=class{constructor(e,r,o){this.req=e;this.docker=
r;this.ecr=o;this.o=e.options,this.sha=e.context.commitSha,this.tags=[this.sha,...this.o.tags.filter(n=>n!==this.sha)]}req;docker;ecr;o;sha;tags;background=[];async run(){
try{return await this.steps()}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.req,[r,o]=await e.phase("Repository",
()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o):this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));r.created&&e.info(`Create\
d repository ${r.uri} (${r.mutability})`);let n=this.o.push?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve(),s=o.get(this.sha),i=s&&(this.o.skipExisting||
vx(r,this.sha))?s:void 0;if(this.refuseImmutableConflicts(r,o,i),i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),
this.o.push?(await n,await e.phase("Tag",()=>this.copyTags(r,i,o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=this.o.push||this.o.cache?this.
inBackground(this.login()):void 0;this.o.cache&&await a;let p=await e.phase(this.o.image?"Tag":"Build",()=>this.produceImage(r));if(!this.o.push)return this.outputs(
r,"",!1);await Promise.all([a,n]);let l=p??await e.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return this.tags.length>1&&await e.
phase("Tag",async()=>{let u=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!u||u.digest!==l)throw new st(`ECR does not show ${this.sha} \
at the pushed digest ${l}`);await this.copyTags(r,u,o)}),this.verified(r,l,!0)}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){
let e=await this.ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,
arn:"",mutability:"MUTABLE",exclusionFilters:[],created:!1}}async login(){let e=await this.ecr.login();this.req.onLogin?.(e.host),await this.docker.login(e)}refuseImmutableConflicts(e,r,o){
for(let n of this.tags){let s=r.get(n);if(!(!s||!vx(e,n)||o&&s.digest===o.digest))throw new st(`tag ${n} already exists in the immutable repository ${e.name} at\
 ${s.digest}, which is not the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e){
let r=this.tags.map(p=>`${e.uri}:${p}`);if(this.o.image){for(let p of r)await this.docker.tag(this.o.image,p);return}Fm(this.o);let o=this.req.context,n={"org.o\
pencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};o.sourceUrl&&(n["org.opencontainers.image.source"]=o.sourceUrl);
let s=await this.docker.hasBuildx(),i=s&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),a=await this.docker.build({context:this.o.context,dockerfile:Hm(
this.o),tags:i?r.slice(0,1):r,labels:n,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:this.o.cache?{ref:`${e.uri}:buildcache`,write:this.
o.push}:void 0,provenance:this.o.provenance,pushFromBuilder:i},s);if(i&&!a)throw new vr("buildx pushed but reported no digest");return a}async copyTags(e,r,o){let n=this.
tags.slice(1).filter(s=>o.get(s)?.digest!==r.digest);await Promise.all(n.map(s=>this.ecr.putTag(e.name,r,s)))}async verified(e,r,o){let n=await this.ecr.images(
this.o.repository,this.tags),s=this.tags.filter(i=>n.get(i)?.digest!==r);if(s.length)throw new st(`after delivery, tag(s) ${s.join(", ")} do not point at ${r} i\
n ECR`,"another delivery may have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("\
/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags.join(","),pushed:String(o)}}}});var km=require("node:fs"),Vo=require("node:os");function $x(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=o(r,{method:e.method??
"GET",headers:e.headers,agent:!1,signal:e.signal,timeout:e.timeoutMs},a=>{let p=[];a.on("data",l=>p.push(l)),a.on("error",s),a.on("end",()=>n({status:a.statusCode??
0,text:Buffer.concat(p).toString("utf8")}))});if(e.connectTimeoutMs!==void 0){let a=e.connectTimeoutMs;i.on("socket",p=>{let l=setTimeout(()=>i.destroy(new Error(
`no connection within ${a} ms`)),a);p.once("connect",()=>clearTimeout(l)),p.once("close",()=>clearTimeout(l))})}i.on("timeout",()=>i.destroy(new Error(`no answe\
r within ${e.timeoutMs} ms`))),i.on("error",s),i.end(e.body)})}var HU=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A");function ei(t,e=""){process.stdout.write(`::${t}::${HU(e)}${Vo.EOL}`)}function Lx(t){return(process.
env[`INPUT_${t.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function Ux(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set:\
 not running in a GitHub Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the \
delimiter`);(0,km.appendFileSync)(o,`${e}<<${n}${Vo.EOL}${r}${Vo.EOL}${n}${Vo.EOL}`,"utf8")}var Mx=(t,e)=>Ux("OUTPUT",t,e),$m=(t,e)=>Ux("STATE",t,e),Fx=t=>process.
env[`STATE_${t}`]??"",Lm=t=>ei("add-mask",t),Hx=t=>{process.stdout.write(`${t}${Vo.EOL}`)},Bx=t=>ei("warning",t),BU=t=>ei("error",t);function Gx(t){process.exitCode=
1,BU(t)}async function zx(t,e){ei("group",t);try{return await e()}finally{ei("endgroup")}}function jx(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,km.appendFileSync)(
e,`${t}${Vo.EOL}`,"utf8")}var GU=4,zU=1e4;async function Vx(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||
!r)throw new Error("ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){
let s;try{let i=await $x(o,{headers:{Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:zU});if(i.status===200){let a=jU(i.text);if(!a)throw new Error(
"the token service answered without a token");return Lm(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){
if(i.message.startsWith("the token service"))throw i;s=i.message}if(n>=GU)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function jU(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var Xx=require("node:child_process"),Yx=require("node:fs");Dt();Jr();function uM(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"ot\
her"}function si(t,e=process.env,r="deliver"){return{ci:uM(e),region:dM(t,e),commitSha:r==="login"?"":gM(t,e),sessionName:t.roleSessionName??hM(e),sourceUrl:yM(
e)}}function dM(t,e){let r=t.awsRegion??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)throw new j("aws-region","","is required: set aws-region, or AWS_REGION / AWS\
_DEFAULT_REGION");let o=br.region(r);if(o)throw new j("aws-region",r,o);return r}function mM(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&t.GITHUB_EVENT_PATH)
try{let r=JSON.parse((0,Yx.readFileSync)(t.GITHUB_EVENT_PATH,"utf8")).pull_request?.head?.sha;if(r)return r}catch{}return t.GITHUB_SHA}function fM(){try{return(0,Xx.execFileSync)(
"git",["rev-parse","HEAD"],{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()}catch{return}}function gM(t,e){let r=(t.commitSha??mM(e)??e.CIRCLE_SHA1??fM())?.
toLowerCase();if(!r)throw new j("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=br.commitSha(r);if(o)throw new j(
"commit-sha",r,o);return r}function hM(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function yM(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}Dt();var Qx=require("node:child_process"),Ln=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].join(" ")}
`);let i=(0,Qx.spawn)(t,e,{stdio:"pipe"}),a=[],p=[];i.stdout.on("data",l=>{a.push(l),s?.write(l)}),i.stderr.on("data",l=>{p.push(l),s?.write(l)}),i.stdin.on("er\
ror",()=>{}),i.stdin.end(r.input),i.on("error",n),i.on("close",(l,u)=>o({code:l??(u?128:1),stdout:Buffer.concat(a).toString(),stderr:Buffer.concat(p).toString()}))});Gm();Jr();var ci=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{this.timings.push({title:e,seconds:(Date.now()-o)/1e3})}}get totalSeconds(){
return(Date.now()-this.started)/1e3}describe(){let e=this.timings.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.
totalSeconds.toFixed(1)} s`}},pi=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new ci;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e} (${((Date.now()-o)/1e3).toFixed(
1)} s)`),n}};var iU="isPost",aU="registries",vm=class{clock=new ci;output=process.stdout;info=e=>Hx(e);warning=e=>Bx(e);secret=e=>Lm(e);phase(e,r){return zx(e,()=>this.clock.
time(e,r))}},cU=t=>t[`STATE_${iU}`]==="true";async function pU(){$m(iU,"true");let t=new vm,e=new Set;try{let r=ni(i=>Lx(i)),o=si(r),{deliver:n}=await Promise.resolve().then(()=>(Ox(),Px)),
s=await n({options:r,context:o,reporter:t,run:Ln,env:process.env,platformToken:i=>Vx(i),onLogin:i=>{e.add(i),$m(aU,JSON.stringify([...e]))}});for(let{name:i}of po)
Mx(i,s[i]);uZ(s,t.clock)}catch(r){let o=tc(r);Gx(o.hint?`${o.message}
Hint: ${o.hint}`:o.message)}}async function lU(){let t=JSON.parse(Fx(aU)||"[]"),e=new qo(Ln,new vm);for(let r of t)await e.logout(r)}function uZ(t,e){let r=[["i\
mage",`\`${t.image}\``],["digest",t.digest?`\`${t.digest}\``:"(not pushed)"],["tags",t.tags.split(",").map(o=>`\`${o}\``).join(" ")],["pushed",t.pushed],["timin\
gs",e.describe()]];jx(["### ecr-deliver","","| | |","|---|---|",...r.map(([o,n])=>`| ${o} | ${n} |`),""].join(`
`))}var TU=require("node:util");Dt();var yU=require("node:util");Dt();Jr();var uU=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:P\
utImage"],dU=["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function dZ(t){let e=new Set(["ecr:DescribeRepositories","ecr:\
BatchGetImage"]),r=o=>{for(let n of o)e.add(n)};return t.push&&(r(uU),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyc\
lePolicy"),t.repositoryPolicy&&e.add("ecr:SetRepositoryPolicy")),t.cache&&r(t.push?[...dU,...uU]:dU),[...e].sort()}function Dx(t){return t.startsWith("cn-")?"aw\
s-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function mZ(t){return`arn:${Dx(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}
function mU(t){let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:dZ(t),Resource:mZ(
t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Dx(t.region)}:k\
ms:${t.region}:${t.registryId??t.accountId}:key/*`;e.push({Sid:"KmsForNewRepository",Effect:"Allow",Action:["kms:CreateGrant","kms:DescribeKey","kms:RetireGrant"],
Resource:r})}return{Version:"2012-10-17",Statement:e}}var fZ="token.actions.githubusercontent.com",gZ="oidc.circleci.com/org";function hZ(t){let e=t.pullRequest?
"pull_request":t.environment!==void 0?`environment:${t.environment}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function yZ(t){let e=Dx(t.
region),r,o,n;if(t.provider==="github")r=fZ,o=t.audience??"sts.amazonaws.com",n=hZ(t);else if(t.provider==="circleci")r=`${gZ}/${t.orgId}`,o=t.audience??t.orgId,
n=`org/${t.orgId}/project/${t.projectId??"*"}/user/*`;else return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike={[`${r}:sub`]:n}:
i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"st\
s:AssumeRoleWithWebIdentity",Condition:i}]}}function SZ(t){let e=yZ(t);return e?{permissionsPolicy:mU(t),trustPolicy:e}:{permissionsPolicy:mU(t)}}var Nx=[{name:"\
repository",value:"NAME",description:"ECR repository the role delivers to (required)."},{name:"account-id",value:"ID",description:"AWS account id (12 digits) of\
 the role and its OIDC provider (required)."},{name:"aws-region",value:"REGION",description:"Region of the registry (default: AWS_REGION, then AWS_DEFAULT_REGIO\
N)."},{name:"registry-id",value:"ID",description:"Account that owns the registry, for cross-account pushes (default: account-id)."},{name:"provider",value:"gith\
ub|circleci|none",description:"Whose OIDC tokens the role trusts (default: github with --repo, circleci with --org-id). `none` prints the permissions policy onl\
y."},{name:"audience",value:"AUD",description:"Pinned `aud` (default: sts.amazonaws.com on GitHub, the org id on CircleCI)."},{name:"repo",value:"OWNER/REPO",description:"\
GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries ids."},{name:"branch",value:"BRANCH",description:"GitHub branch allowed \
to deliver (default: main; `*` patterns allowed)."},{name:"environment",value:"NAME",description:"GitHub environment allowed to deliver, for jobs that use `envi\
ronment:` (instead of --branch)."},{name:"pull-request",value:"true|false",description:"Trust runs on `pull_request` events of the repository instead of a branc\
h (pair it with --push false)."},{name:"org-id",value:"UUID",description:"CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",value:"\
UUID",description:"CircleCI project id allowed to deliver (default: * = every project of the org)."},{name:"create-repository",value:"true|false",description:"T\
he delivery may create the repository (default: true)."},{name:"lifecycle-policy",value:"FILE|true",description:"The delivery applies a lifecycle policy (defaul\
t: false)."},{name:"repository-policy",value:"FILE|true",description:"The delivery applies a repository policy (default: false)."},{name:"cache",value:"true|fal\
se",description:"The delivery uses the BuildKit registry cache (default: false)."},{name:"push",value:"true|false",description:"The delivery pushes; false = bui\
ld-only runs that just look up the repository (default: true)."},{name:"encryption-type",value:"AES256|KMS",description:"Encryption of a created repository; KMS\
 adds the KMS grants ECR needs (default: AES256)."},{name:"kms-key",value:"ARN",description:"KMS key ARN of a created repository (default: any key of the accoun\
t)."},{name:"only",value:"permissions|trust",description:"Print just that one policy document, ready for `aws iam \u2026 file://`."}],SU="[A-Za-z0-9](?:[A-Za-z0\
-9-]{0,38})",EU="[A-Za-z0-9._-]{1,100}",EZ=new RegExp(`^${SU}/${EU}$`),xZ=new RegExp(`^${SU}@\\d{1,20}/${EU}@\\d{1,20}$`),RZ=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,
_Z=/^[^\x00-\x1f\x7f:]{1,255}$/,fU=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,gU=/^\d{12}$/,wZ=/^[\x21-\x7e]{1,256}$/,IZ=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/;
function bm(t,e,r){if(e===void 0)return r;if(/^(true|1)$/i.test(e))return!0;if(/^(false|0)$/i.test(e))return!1;throw new j(t,e,"is not a boolean: use true or fa\
lse")}function hU(t,e){if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.test(e))throw new j(t,e,"contains control characters");
return!0}function xU(t,e=process.env){let{values:r,positionals:o}=(0,yU.parseArgs)({args:t,options:Object.fromEntries(Nx.map(k=>[k.name,{type:"string"}])),strict:!0,
allowPositionals:!0});if(o.length)throw new j("iam-policy",o[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let n=k=>{
let z=r[k]?.trim();return z===""?void 0:z},s=(k,z)=>{let Ae=n(k);if(Ae===void 0)throw new j(k,"",`is required: ${z}`);return Ae},i=(k,z,Ae)=>{let Ue=n(k);if(Ue!==
void 0&&!z.test(Ue))throw new j(k,Ue,Ae);return Ue},a=s("repository","the ECR repository the role delivers to"),p=br.repository(a);if(p)throw new j("repository",
a,p);let l=n("aws-region")??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!l)throw new j("aws-region","","is required: pass --aws-region, or set AWS_REGION");let u=br.
region(l);if(u)throw new j("aws-region",l,u);let d=s("account-id","the 12-digit AWS account id of the role");if(!gU.test(d))throw new j("account-id",d,"is not a\
n AWS account id (12 digits)");let f=i("registry-id",gU,"is not an AWS account id (12 digits)"),g=["repo","branch","environment","pull-request"].filter(k=>n(k)!==
void 0),h=["org-id","project-id"].filter(k=>n(k)!==void 0),S=n("provider");if(S!==void 0&&!["github","circleci","none"].includes(S))throw new j("provider",S,"is\
 not one of github, circleci, none");let y=S??(g.length?"github":h.length?"circleci":void 0);if(!y)throw new j("provider","","is required: github (with --repo),\
 circleci (with --org-id), or none");let E=y==="github"?h:y==="circleci"?g:[...g,...h];if(E.length)throw new j(E[0],n(E[0]),`does not apply to --provider ${y}`);
let w=i("audience",wZ,"is not a valid audience: 1\u2013256 printable characters, no spaces"),I={repository:a,region:l,accountId:d,registryId:f,provider:y,audience:w,
createRepository:bm("create-repository",n("create-repository"),!0),lifecyclePolicy:hU("lifecycle-policy",n("lifecycle-policy")),repositoryPolicy:hU("repository-\
policy",n("repository-policy")),cache:bm("cache",n("cache"),!1),push:bm("push",n("push"),!0),encryptionType:"AES256"},P=n("encryption-type")?.toUpperCase();if(P!==
void 0&&P!=="AES256"&&P!=="KMS")throw new j("encryption-type",n("encryption-type"),"is not one of AES256, KMS");if(I.encryptionType=P??"AES256",I.kmsKey=i("kms-\
key",IZ,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1:123456789012:key/\u2026`"),I.kmsKey&&I.encryptionType!=="KMS")throw new j("kms-key",I.kmsKey,
"needs --encryption-type KMS");if(y==="github"){let k=s("repo","the GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!EZ.test(k)&&!xZ.test(k))throw new j(
"repo",k,"is not a GitHub repository like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids");I.repo=k,I.environment=i("environ\
ment",_Z,"is not a GitHub environment name (1\u2013255 characters, no `:`)");let z=n("branch")?.replace(/^refs\/heads\//,"");if(z!==void 0&&I.environment!==void 0)
throw new j("branch",z,"cannot be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(z!==void 0&&!RZ.test(z))
throw new j("branch",z,"is not a git branch name");if(I.pullRequest=bm("pull-request",n("pull-request"),!1),I.pullRequest&&(z!==void 0||I.environment!==void 0))
throw new j("pull-request",n("pull-request"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_requ\
est`");I.environment===void 0&&!I.pullRequest&&(I.branch=z??"main")}else if(y==="circleci"){let k=s("org-id","the CircleCI organization id (a UUID, Organization\
 Settings > Overview)");if(!fU.test(k))throw new j("org-id",k,"is not a CircleCI organization id (a lowercase UUID)");I.orgId=k;let z=n("project-id")??"*";if(z!==
"*"&&!fU.test(z))throw new j("project-id",z,"is not a CircleCI project id (a lowercase UUID) or `*`");I.projectId=z}let D=n("only");if(D!==void 0&&D!=="permissi\
ons"&&D!=="trust")throw new j("only",D,"is not one of permissions, trust");if(D==="trust"&&y==="none")throw new j("only",D,"needs a --provider: `none` has no tr\
ust policy");return{request:I,only:D}}function RU(t,e){let r=SZ(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,
null,2)}
`}Jr();Dt();Jr();var _U=()=>Promise.resolve().then(()=>(Ox(),Px)),Za=t=>e=>t[oc(e)];function Pm(t){let e=tc(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Om(t,e){let r=new pi(process.stderr);try{let o=ni(t),n=si(o),{deliver:s}=await _U(),i=await s({options:o,context:n,reporter:r,run:Ln,
env:process.env});return r.info(AZ(i,r.clock)),e(i),0}catch(o){return Pm(o)}}async function Dm(t,e){let r=new pi(process.stderr);try{let o=ni(t,"login"),n=si(o,
process.env,"login"),{loginOnly:s}=await _U(),{registry:i}=await s({options:o,context:n,reporter:r,run:Ln,env:process.env});return r.info(wU(`logged in to ${i}`,
[["registry",i]],r.clock)),e(i),0}catch(o){return Pm(o)}}function TZ(t){return t.pushed==="true"?"true":t.digest?"false (the SHA tag was already in ECR: nothing\
 built or uploaded)":"false (push: false, built and tagged locally only)"}function AZ(t,e){let r=t.pushed==="true"?`delivered ${t.image}`:t.digest?`already deli\
vered: ${t.image}`:`built ${t.image} (not pushed)`,o=po.map(({name:n})=>[n,n==="pushed"?TZ(t):t[n]||"-"]);return wU(r,o,e)}function wU(t,e,r){let o=[...e,["time",
r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t} \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var IU="0.1.0";var AU=["iam-policy","login"];function kx(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+1+s.length>r?(o.push(n),n=s):
n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function vZ(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...oi.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${kx(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${po.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function bZ(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"","Options (also as ECR_DELIVER_<OPTI\
ON>):",...oi.filter(e=>rc.includes(e.name)).map(e=>`  --${e.name} <value>
${kx(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function PZ(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID [--project-id UUID]                             (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache true]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the rep\
ository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...Nx.map(t=>`  --${t.name} ${t.value}
${kx(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function CU(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${ti(s)} is not a command or flag: use ${AU.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function OZ(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,TU.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${CU(o,r)}
`),process.exitCode=2;return}}function DZ(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${PZ()}
`),0;try{let{request:e,only:r}=xU(t.filter(o=>o!=="--json"));return process.stdout.write(RU(e,r)),0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.
stderr.write(`ecr-deliver: ${CU(e,"iam-policy")}
`),2):Pm(e)}}async function vU(t){let e=AU.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=DZ(t.slice(1));return}let r=e?t.slice(1):t,o=OZ(r,e==="lo\
gin"?rc:oi.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?bZ():vZ()}
`);if(o.version)return void process.stdout.write(`${IU}
`);let n=Za(process.env);if(e==="login"){let i=a=>rc.includes(a)?o[a]??n(a):void 0;process.exitCode=await Dm(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await Om(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(i)}
`)})}var OU=require("node:fs");Dt();Jr();var NZ=["deliver","login"],bU="ECR_DELIVER_COMMAND",kZ=t=>`'${t.replace(/'/g,"'\\''")}'`,DU=(t,e)=>`export ${oc(t)}=${kZ(e)}
`;function $Z(t){return po.map(({name:e})=>DU(e,t[e]??"")).join("")}function PU(t,e){t.BASH_ENV?(0,OU.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warnin\
g: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function NU(t=process.env){let e=t[bU]||"deliver";e==="login"?process.exitCode=await Dm(Za(t),r=>PU(t,DU("registry",r))):e==="deliver"?process.exitCode=
await Om(Za(t),r=>PU(t,$Z(r))):(process.stderr.write(`ecr-deliver: ${bU}: ${ti(e)} is not one of ${NZ.join(", ")}
`),process.exitCode=2)}async function LZ(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?cU(
t)?lU():pU():e.length===0&&t.CIRCLECI==="true"?NU():vU(e)}LZ();
