#!/usr/bin/env node
"use strict";var KN=Object.create;var xd=Object.defineProperty;var JN=Object.getOwnPropertyDescriptor;var XN=Object.getOwnPropertyNames;var YN=Object.getPrototypeOf,QN=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var cr=(t,e)=>{for(var r in e)xd(t,r,{get:e[r],enumerable:!0})},ZN=(t,e,r,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let s of XN(e))!QN.call(t,s)&&
s!==r&&xd(t,s,{get:()=>e[s],enumerable:!(o=JN(e,s))||o.enumerable});return t};var Lr=(t,e,r)=>(r=t!=null?KN(YN(t)):{},ZN(e||!t||!t.__esModule?xd(r,"default",{value:t,enumerable:!0}):r,t));var Oa,ct,oE=p(()=>{Oa={warningEmitted:!1},ct=t=>{if(t&&!Oa.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){Oa.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(Oa.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var sE=p(()=>{});function Mr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var nE=p(()=>{});var Gk,lr,iE=p(()=>{Gk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",lr=(t,e)=>{if(Gk()&&typeof t?.handle!="functi\
on")return e}});var kn,Ld=p(()=>{kn=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var $s,Da,Ls=p(()=>{Ld();$s=(t,e=0,r=t.byteLength-e)=>{if(!kn(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},Da=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var zk,Ee,aE=p(()=>{Ls();zk=/^[A-Za-z0-9+/]*={0,2}$/,Ee=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!zk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=Da(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var re,Na=p(()=>{Ls();re=t=>{let e=Da(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var pe,cE=p(()=>{Ls();Na();pe=t=>{let e;if(typeof t=="string"?e=re(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return $s(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function pE(t,e,r,o){return class ka extends Uint8Array{static fromString(n,i="utf-8"){if(typeof n=="string")return i==="base64"?ka.mutate(o(n)):ka.mutate(e(n));
throw new Error(`Unsupported conversion from ${typeof n} to Uint8ArrayBlobAdapter.`)}static mutate(n){return Object.setPrototypeOf(n,ka.prototype),n}transformToString(n="\
utf-8"){return n==="base64"?r(this):t(this)}}}var lE=p(()=>{});var Z,uE=p(()=>{Ls();Z=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return $s(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function dE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,Je[e[0]]+Je[e[1]]+Je[e[2]]+Je[e[3]]+"-"+Je[e[4]]+Je[e[5]]+"-"+Je[e[6]]+Je[e[7]]+"-"+Je[e[8]]+Je[e[9]]+"-"+Je[e[10]]+Je[e[11]]+Je[e[12]]+Je[e[13]]+
Je[e[14]]+Je[e[15]]}}var Je,mE=p(()=>{Je=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Vo,fE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Vo||(Vo={}))});var Qr,gE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Qr||(Qr={}))});var hE=p(()=>{gE()});var vr,yE=p(()=>{vr="__smithy_context"});var Hr,EE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Hr||(Hr={}))});var Br=p(()=>{fE();hE();yE();EE()});var te,SE=p(()=>{Br();te=t=>t[vr]||(t[vr]={})});function C(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var Ud=p(()=>{});function jk(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var z,xE=p(()=>{z=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=jk(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var pt,RE=p(()=>{pt=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var Vk,Gr,_E=p(()=>{Vk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Gr=(t,e=!1)=>{if(!e)return Vk.test(t);let r=t.split(".");for(let o of r)if(!Gr(o))return!1;
return!0}});function Fd(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var wE=p(()=>{});var V,IE=p(()=>{V=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function TE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,s=null]=r.split("=");o=decodeURIComponent(o),s&&(s=decodeURIComponent(s)),o in
e?Array.isArray(e[o])?e[o].push(s):e[o]=[e[o],s]:e[o]=s}return e}var vE=p(()=>{});var fe,Md=p(()=>{vE();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:s,search:n}=t,i;return n&&(i=TE(n)),{hostname:e,
port:o?parseInt(o):void 0,protocol:s,path:r,query:i}}});var uo,AE=p(()=>{Ud();Md();uo=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)C(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var Y=p(()=>{SE();Ud();xE();RE();_E();wE();IE();Md();AE()});var Hd,Wk,CE,qk,bE,PE,OE,Kk,DE,NE,Jk,$a,Us,kE,Xk,Yk,$E=p(()=>{Hd=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&Yk.warn(Xk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Wk=Math.ceil(2**127*(2-2**-23)),CE=t=>{let e=Hd(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Wk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},qk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},bE=
t=>OE(t,16),PE=t=>OE(t,8),OE=(t,e)=>{let r=qk(t);if(r!==void 0&&Kk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Kk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},DE=t=>Hd(typeof t=="string"?$a(t):t),NE=t=>CE(typeof t=="string"?
$a(t):t),Jk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,$a=t=>{let e=t.match(Jk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Us=t=>bE(typeof t=="string"?$a(t):t),kE=t=>PE(typeof t=="string"?$a(t):t),Xk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),Yk={warn:console.warn}});function Wo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),s=t.getUTCDate(),n=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=s<10?`0${s}`:
`${s}`,l=n<10?`0${n}`:`${n}`,u=i<10?`0${i}`:`${i}`,d=a<10?`0${a}`:`${a}`;return`${Qk[o]}, ${c} ${Gd[r]} ${e} ${l}:${u}:${d} GMT`}var Qk,Gd,Zk,zd,e$,jd,t$,r$,o$,
Ln,Vd,$n,s$,n$,i$,Bd,a$,c$,p$,zr,l$,u$,Fs,LE=p(()=>{$E();Qk=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Gd=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];Zk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),zd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=Zk.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,s,n,i,a,c,l]=e,u=Us(Fs(
o)),d=zr(s,"month",1,12),m=zr(n,"day",1,31);return $n(u,d,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},e$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
jd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=e$.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,s,n,i,a,c,l,u]=e,d=Us(Fs(o)),m=zr(s,"month",1,12),f=zr(n,"day",1,31),g=$n(d,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return u.toUpperCase()!="Z"&&g.setTime(g.getTime()-u$(u)),g},t$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
r$=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
o$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Ln=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=t$.exec(t);if(e){let[r,o,s,n,i,a,c,
l]=e;return $n(Us(Fs(n)),Bd(s),zr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=r$.exec(t),e){let[r,o,s,n,i,a,c,l]=e;return i$($n(s$(
n),Bd(s),zr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=o$.exec(t),e){let[r,o,s,n,i,a,c,l]=e;return $n(Us(Fs(l)),Bd(o),zr(s.trimLeft(),
"day",1,31),{hours:n,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},Vd=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=DE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},$n=(t,e,r,o)=>{let s=e-1;return c$(t,s,r),new Date(Date.UTC(t,s,r,zr(o.hours,"hour",0,23),zr(o.minutes,"\
minute",0,59),zr(o.seconds,"seconds",0,60),l$(o.fractionalMilliseconds)))},s$=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Us(Fs(t));return r<e?
r+100:r},n$=50*365*24*60*60*1e3,i$=t=>t.getTime()-new Date().getTime()>n$?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,Bd=t=>{let e=Gd.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},a$=[31,28,
31,30,31,30,31,31,30,31,30,31],c$=(t,e,r)=>{let o=a$[e];if(e===1&&p$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Gd[e]} in ${t}: ${r}`)},p$=t=>t%4===0&&
(t%100!==0||t%400===0),zr=(t,e,r,o)=>{let s=kE(Fs(t));if(s<r||s>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return s},l$=t=>t==null?0:
NE("0."+t)*1e3,u$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),s=Number(t.substring(4,6));return r*(o*60+s)*60*1e3},Fs=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var lt,UE=p(()=>{lt=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};lt.from=t=>t&&typeof t=="object"&&(t instanceof lt||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?lt(String(t)):
lt(JSON.stringify(t));lt.fromObject=lt.from});function Wd(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var FE=p(()=>{});function Zr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var qd,Kd,Jd,ME,HE,d$,m$,f$,g$,h$,y$,Xd,Yd,Qd,BE=p(()=>{qd=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Kd="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Jd="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",ME="(\
\\d?\\d)",HE="(\\d{4})",d$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),m$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
f$=new RegExp(`^${qd}, ${ME} ${Kd} ${HE} ${Jd} GMT$`),g$=new RegExp(`^${qd}, ${ME}-${Kd}-(\\d\\d) ${Jd} GMT$`),h$=new RegExp(`^${qd} ${Kd} ( [1-9]|\\d\\d) ${Jd}\
 ${HE}$`),y$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Xd=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},Yd=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=d$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,s,n,i,a,,c,l]=e;Zr(o,1,12),Zr(s,1,31),Zr(n,0,23),Zr(i,0,59),Zr(a,0,60);let u=new Date(Date.UTC(Number(r),Number(o)-1,Number(s),Number(n),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(u.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,d,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=d==="-"?1:-1;u.setTime(u.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return u},Qd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(m$.test(t))return new Date(t);let e,r,o,s,n,i,a,c;if((c=f$.exec(t))?[,e,r,o,s,n,i,a]=c:(c=g$.exec(t))?([,e,r,o,s,n,i,a]=
c,o=(Number(o)+1900).toString()):(c=h$.exec(t))&&([,r,e,s,n,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),y$.indexOf(r),Number(e),Number(s),Number(n),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Zr(e,1,31),Zr(s,0,23),Zr(n,0,59),Zr(i,0,60);let u=new Date(l);return u.setUTCFullYear(Number(o)),u}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Zd(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let s=[],
n="";for(let i=0;i<o.length;i++)n===""?n=o[i]:n+=e+o[i],(i+1)%r===0&&(s.push(n),n="");return n!==""&&s.push(n),s}var GE=p(()=>{});var Un,zE=p(()=>{Un=t=>{let e=t.length,r=[],o=!1,s=!1,n=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':s||(o=!o);break;case",":o||(r.push(t.slice(n,i)),n=i+
1);break;default:}s=a==="\\"&&!s}return r.push(t.slice(n)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var jE,Ie,VE=p(()=>{jE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Ie=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!jE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&jE.test(r.string)}}});function Fn(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in em)e[r/2]=em[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function le(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=WE[t[r]];return e}var WE,em,tm=p(()=>{WE={},em={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),WE[t]=e,em[e]=t}});var Ms,ut,qE=p(()=>{Ms=require("node:fs"),ut=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof Ms.ReadStream){if(t.path!=null)
return(0,Ms.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,Ms.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var ur,KE=p(()=>{Na();ur=t=>t instanceof Uint8Array?t:typeof t=="string"?re(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function La(t,e){if(e===void 0){e=0;for(let s of t)e+=s.byteLength}let r=new Uint8Array(e),o=0;for(let s of t)r.set(s,o),o+=s.byteLength;return r}var rm=p(()=>{});var Xe,Mn=p(()=>{Xe=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,s=!0;typeof r=="boolean"?(o=void 0,s=r):r!=null&&typeof r==
"object"&&(o=r.logger,s=r.tryNextLink??!0),super(e),this.tryNextLink=s,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${s?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var w,Ua=p(()=>{Mn();w=class t extends Xe{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var dr,JE=p(()=>{Mn();dr=class t extends Xe{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var qo,om=p(()=>{Mn();qo=(...t)=>async()=>{if(t.length===0)throw new Xe("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var XE,YE=p(()=>{XE=t=>()=>Promise.resolve(t)});var Fa,sm=p(()=>{Fa=(t,e,r)=>{let o,s,n,i=!1,a=async()=>{s||(s=t());try{o=await s,n=!0,i=!1}finally{s=void 0}return o};return e===void 0?async c=>((!n||c?.forceRefresh)&&
(o=await a()),o):async c=>((!n||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var mr,Ma=p(()=>{mr=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var dt,Ha=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(dt||(dt={}))});var QE,ZE,nm,E$,mo,Hn=p(()=>{QE=require("node:os"),ZE=require("node:path"),nm={},E$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",mo=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${ZE.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let s=E$();return nm[s]||(nm[s]=(0,QE.homedir)()),
nm[s]}});var Ba,eS,mt,im=p(()=>{Ba="AWS_PROFILE",eS="default",mt=t=>t.profile||process.env[Ba]||eS});var tS,rS,Bn,am=p(()=>{tS=require("node:crypto"),rS=require("node:path");Hn();Bn=t=>{let r=(0,tS.createHash)("sha1").update(t).digest("hex");return(0,rS.join)(mo(),
".aws","sso","cache",`${r}.json`)}});var oS,Gn,zn,cm=p(()=>{oS=require("node:fs/promises");am();Gn={},zn=async t=>{if(Gn[t])return Gn[t];let e=Bn(t),r=await(0,oS.readFile)(e,"utf8");return JSON.parse(
r)}});var sS,nS=p(()=>{Br();sS=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Hr).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let s=r.indexOf("."),n=r.substring(0,s)===Hr.PROFILE?r.substring(s+1):r;return e[n]=o,e},{...t.default&&{default:t.default}})});var iS,S$,Ga,pm=p(()=>{iS=require("node:path");Hn();S$="AWS_CONFIG_FILE",Ga=()=>process.env[S$]||(0,iS.join)(mo(),".aws","config")});var aS,x$,cS,pS=p(()=>{aS=require("node:path");Hn();x$="AWS_SHARED_CREDENTIALS_FILE",cS=()=>process.env[x$]||(0,aS.join)(mo(),".aws","credentials")});var R$,_$,jn,lm=p(()=>{Br();R$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,_$=["__proto__","profile __proto__"],jn=t=>{let e={},r,o;for(let s of t.split(/\r?\n/)){let n=s.
split(/(^|\s)[;#]/)[0].trim();if(n[0]==="["&&n[n.length-1]==="]"){r=void 0,o=void 0;let a=n.substring(1,n.length-1),c=R$.exec(a);if(c){let[,l,,u]=c;Object.values(
Hr).includes(l)&&(r=[l,u].join("."))}else r=a;if(_$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=n.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[n.substring(0,a).trim(),n.substring(a+1).trim()];if(l==="")o=c;else{o&&s.trimStart()===s&&(o=void 0),e[r]=e[r]||{};let u=o?[o,c].join("."):
c;e[r][u]=l}}}}return e}});var lS,um,Vn,Wn,za=p(()=>{lS=require("node:fs/promises"),um={},Vn={},Wn=(t,e)=>Vn[t]!==void 0?Vn[t]:((!um[t]||e?.ignoreCache)&&(um[t]=(0,lS.readFile)(t,"utf8")),
um[t])});var dm,uS,ja,mm=p(()=>{dm=require("node:path");nS();pm();pS();Hn();lm();za();uS=()=>({}),ja=async(t={})=>{let{filepath:e=cS(),configFilepath:r=Ga()}=t,o=mo(),s="\
~/",n=e;e.startsWith(s)&&(n=(0,dm.join)(o,e.slice(2)));let i=r;r.startsWith(s)&&(i=(0,dm.join)(o,r.slice(2)));let a=await Promise.all([Wn(i,{ignoreCache:t.ignoreCache}).
then(jn).then(sS).catch(uS),Wn(n,{ignoreCache:t.ignoreCache}).then(jn).catch(uS)]);return{configFile:a[0],credentialsFile:a[1]}}});var dS,mS=p(()=>{Br();dS=t=>Object.entries(t).filter(([e])=>e.startsWith(Hr.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var w$,qn,fS=p(()=>{pm();mS();lm();za();w$=()=>({}),qn=async(t={})=>Wn(t.configFilepath??Ga()).then(jn).then(dS).catch(w$)});var gS,hS=p(()=>{gS=(...t)=>{let e={};for(let r of t)for(let[o,s]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],s):e[o]=s;return e}});var Ar,yS=p(()=>{mm();hS();Ar=async t=>{let e=await ja(t);return gS(e.configFile,e.credentialsFile)}});var Kn,ES=p(()=>{cm();za();Kn={getFileRecord(){return Vn},interceptFile(t,e){Vn[t]=Promise.resolve(e)},getTokenRecord(){return Gn},interceptToken(t,e){Gn[t]=e}}});function Va(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var fm=p(()=>{});var SS,xS=p(()=>{Ua();fm();SS=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new w(r.message||`Not found in E\
NV: ${Va(t.toString())}`,{logger:e?.logger})}}});var RS,_S=p(()=>{Ua();im();mm();fm();RS=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=mt(r),{configFile:s,credentialsFile:n}=await ja(r),i=n[o]||{},a=s[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let u=t(c,e==="config"?s:n);if(u===void 0)throw new Error;return u}catch(l){throw new w(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Va(t.toString())}`,{logger:r.logger})}}});var I$,wS,IS=p(()=>{YE();I$=t=>typeof t=="function",wS=t=>I$(t)?async()=>await t():XE(t)});var _,gm=p(()=>{om();sm();xS();_S();IS();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:s,logger:n}=o;return Fa(qo(SS(
t,{signingName:s,logger:n}),RS(e,o),wS(r)))}});var TS,vS,ft,AS=p(()=>{Ma();Ha();TS="AWS_USE_DUALSTACK_ENDPOINT",vS="use_dualstack_endpoint",ft={environmentVariableSelector:t=>mr(t,TS,dt.ENV),configFileSelector:t=>mr(
t,vS,dt.CONFIG),default:!1}});var CS,bS,gt,PS=p(()=>{Ma();Ha();CS="AWS_USE_FIPS_ENDPOINT",bS="use_fips_endpoint",gt={environmentVariableSelector:t=>mr(t,CS,dt.ENV),configFileSelector:t=>mr(t,
bS,dt.CONFIG),default:!1}});var Jo,fo,Hs,OS,DS,hm=p(()=>{Jo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},fo=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,Hs=()=>{let t=[],e=[],r=!1,o=new Set,s=d=>d.sort((m,f)=>OS[f.step]-OS[m.step]||DS[f.priority||"normal"]-DS[m.priority||"normal"]),n=d=>{let m=!1,
f=g=>{let y=Jo(g.name,g.aliases);if(y.includes(d)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=d=>{let m=!1,f=g=>{
if(g.middleware===d){m=!0;for(let y of Jo(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=d=>(t.forEach(m=>{d.add(m.middleware,
{...m})}),e.forEach(m=>{d.addRelativeTo(m.middleware,{...m})}),d.identifyOnResolve?.(u.identifyOnResolve()),d),c=d=>{let m=[];return d.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(d),d.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(d=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let E={...h,before:[],after:[]};for(let S of Jo(E.name,E.aliases))g[S]=E;m.push(E)}),e.forEach(h=>{let E={
...h,before:[],after:[]};for(let S of Jo(E.name,E.aliases))g[S]=E;f.push(E)}),f.forEach(h=>{if(h.toMiddleware){let E=g[h.toMiddleware];if(E===void 0){if(d)return;
throw new Error(`${h.toMiddleware} is not found when adding ${fo(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&E.after.push(
h),h.relation==="before"&&E.before.push(h)}}),s(m).map(c).reduce((h,E)=>(h.push(...E),h),[])},u={add:(d,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:d,...m},E=Jo(f,y);if(E.length>0){if(E.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${fo(f,y)}'`);for(let S of E){
let I=t.findIndex(T=>T.name===S||T.aliases?.some(M=>M===S));if(I===-1)continue;let R=t[I];if(R.step!==h.step||h.priority!==R.priority)throw new Error(`"${fo(R.name,
R.aliases)}" middleware with ${R.priority} priority in ${R.step} step cannot be overridden by "${fo(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(I,1)}}for(let S of E)o.add(S)}t.push(h)},addRelativeTo:(d,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:d,...m},E=Jo(f,y);if(E.length>0){
if(E.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${fo(f,y)}'`);for(let S of E){let I=e.findIndex(T=>T.name===S||T.aliases?.some(M=>M===
S));if(I===-1)continue;let R=e[I];if(R.toMiddleware!==h.toMiddleware||R.relation!==h.relation)throw new Error(`"${fo(R.name,R.aliases)}" middleware ${R.relation}\
 "${R.toMiddleware}" middleware cannot be overridden by "${fo(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(I,1)}}for(let S of E)o.
add(S)}e.push(h)},clone:()=>a(Hs()),use:d=>{d.applyToStack(u)},remove:d=>typeof d=="string"?n(d):i(d),removeByTag:d=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:E}=g;
if(y&&y.includes(d)){let S=Jo(h,E);for(let I of S)o.delete(I);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:d=>{let m=a(Hs());return m.use(
d),m.identifyOnResolve(r||m.identifyOnResolve()||(d.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(d=>{let m=d.step??d.relation+" "+d.toMiddleware;
return fo(d.name,d.aliases)+" - "+m}),identifyOnResolve(d){return typeof d=="boolean"&&(r=d),r},resolve:(d,m)=>{for(let f of l().map(g=>g.middleware).reverse())
d=f(d,m);return r&&console.log(u.identify()),d}};return u},OS={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},DS={high:3,normal:2,low:1}});var xe,NS=p(()=>{hm();xe=class{config;middlewareStack=Hs();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let s=typeof r!="function"?r:void 0,n=typeof r=="function"?r:o,i=s===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
s),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,s);if(n)a(e).then(c=>n(null,c.output),c=>n(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var eo,ym=p(()=>{eo=t=>typeof t=="function"?t():t});var Wa,Em=p(()=>{Wa=(t,e,r,o,s)=>({name:e,namespace:t,traits:r,input:o,output:s})});var kS,Sm,$S=p(()=>{Y();Em();kS=t=>(e,r)=>async o=>{let{response:s}=await e(o),{operationSchema:n}=te(r),[,i,a,c,l,u]=n??[];try{let d=await t.protocol.deserializeResponse(
Wa(i,a,c,l,u),{...t,...r},s);return{response:s,output:d}}catch(d){if(Object.defineProperty(d,"$response",{value:s,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in d)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{d.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof d.$responseBodyText<"u"&&d.$response&&(d.$response.
body=d.$responseBodyText);try{if(pt.isInstance(s)){let{headers:f={},statusCode:g}=s,y=Object.entries(f);d.$metadata={httpStatusCode:g,requestId:Sm(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:Sm(/^x-[\w-]+-id-2$/,y),cfId:Sm(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw d}},Sm=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var LS,US=p(()=>{Y();Em();LS=t=>(e,r)=>async o=>{let{operationSchema:s}=te(r),[,n,i,a,c,l]=s??[],u=r.endpointV2?async()=>uo(r.endpointV2):t.endpoint,d=await t.protocol.
serializeRequest(Wa(n,i,a,c,l),o.input,{...t,...r,endpoint:u});return e({...o,request:d})}});function ht(t){return{applyToStack:e=>{e.add(LS(t),MS),e.add(kS(t),FS),t.protocol.setSerdeContext(t)}}}var FS,MS,HS=p(()=>{$S();US();FS={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},MS={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function go(t){if(typeof t=="object")return t;if(t=t|0,qa[t])return qa[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return qa[t]=e}var qa,xm=p(()=>{qa=[]});function Xn(t,e){if(t instanceof H)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=H;return new r(t,e)}var Jn,Ka,Ja,H,Rm,BS,GS=p(()=>{ym();xm();
Jn={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Ka=[],Ja={},H=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],s=e,n=e;for(this._isMemberSchema=!1;Rm(s);)o.push(s[1]),s=s[0],n=eo(s),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,go(a))}}else this.memberTraits=0;if(n instanceof t){let i=this.memberTraits;Object.
assign(this,n),this.memberTraits=Object.assign({},i,n.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??n.memberName;return}
if(this.schema=eo(n),BS(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(n),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Ka[e])return Ka[e]}else if(typeof e=="string"){if(Ja[e])return Ja[e]}else if(r&&e[Jn.ns])return e[Jn.ns];let o=eo(e);if(o instanceof
t)return o;if(Rm(o)){let[n,i]=o;if(n instanceof t)return Object.assign(n.getMergedTraits(),go(i)),n;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let s=new t(o);return r?e[Jn.ns]=s:typeof o=="string"?Ja[o]=s:typeof o=="number"?Ka[o]=s:s}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return go(this.memberTraits)}getOwnTraits(){return go(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),s=e?15:o[4]??0;return Xn([s,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,s]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],n=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||s)?e[3+e[0]]:r?15:void 0;
if(n!=null)return Xn([n,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),s=r[5][o];return Xn(Rm(s)?s:[s,0],e)}if(this.isDocumentSchema())return Xn([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Jn.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let s=0;s<r;++s){let n=e[4][s],i=Xn([e[5][s],0],n);yield o[s]=[n,i]}e[Jn.it]=o}};Rm=t=>Array.isArray(t)&&t.length===
2,BS=t=>Array.isArray(t)&&t.length>=5});var K,zS=p(()=>{K=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[s,n]of e.
schemas)r.has(s)||r.set(s,n);for(let[s,n]of e.exceptions)o.has(s)||o.set(s,n)}register(e,r){let o=this.normalizeShapeId(e);for(let s of[this,t.for(o.split("#")[0])])
s.schemas.has(o)||s.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,s=[];for(let[n,i]of this.
schemas.entries())n.endsWith(o)&&s.push(i);if(s.length===1)return s[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,s=o[1],n=s+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=n);for(let i of[this,t.for(s)])!i.schemas.has(n)&&!i.exceptions.has(
o)&&(i.schemas.set(n,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,s=r+"#"+o;if(s.startsWith("smithy.ts.sdk.synthetic.")&&s.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Q=p(()=>{ym();HS();GS();xm();zS()});function Bs(t,e){if(e==null)return e;let r=H.of(t);if(r.getMergedTraits().sensitive)return _m;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return _m;if(Array.isArray(e))return e.map(s=>Bs(o,s))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return _m;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([s,n])=>[s,Bs(o,n)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,s={};for(let[n,i]of r.structIterator())o[n]!=null&&(s[n]=Bs(i,o[n]));return s}return e}var _m,jS=p(()=>{Q();_m="***SensitiveInformat\
ion***"});var VS,Sr,wm,Im=p(()=>{Br();hm();jS();Q();VS=Symbol.for("@smithy/op-event-stream"),Sr=class{middlewareStack=Hs();schema;static classBuilder(){return new wm}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:s,clientName:n,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:u,CommandCtor:d}){for(let T of s.
bind(this)(d,e,r,o))this.middlewareStack.use(T);let m=e.concat(this.middlewareStack),{logger:f}=r,g=u[vr],y={logger:f,clientName:n,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...u,[vr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,E=o??{};E.metricsRecorder&&(E={...E},delete E.metricsRecorder);let S,I=this.schema,R=I?.[VS];if(R!==void 0)
S=R;else if(I&&Array.isArray(I)&&I[0]===9){let[,,,,T,M]=I;S=I[VS]=!!(H.of(T).getEventStreamMember()||H.of(M).getEventStreamMember())}return S&&(E={isEventStream:S,
...E}),m.resolve(T=>h.handle(T.request,E),y)}},wm=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends Sr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,s,n){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,s,
n,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?Bs.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?Bs.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var to,WS=p(()=>{to=(t,e,r)=>{for(let[n,i]of Object.entries(t)){let a=async function(l,u,d){let m=new i(l);if(typeof u=="function")this.send(m,u);else if(typeof d==
"function"){if(typeof u!="object")throw new Error(`Expected http options but got ${typeof u}`);this.send(m,u||{},d)}else return this.send(m,u)},c=(n[0].toLowerCase()+
n.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:s={}}=r??{};for(let[n,i]of Object.entries(o))e.prototype[n]===void 0&&(e.prototype[n]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[n,i]of Object.entries(s))e.prototype[n]===void 0&&(e.prototype[n]=async function(a={},c,...l){
let u=c;return typeof c=="number"&&(u={maxWaitTime:c}),i({...u,client:this},a,...l)})}});var $e,Xa,qS=p(()=>{$e=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,s=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(s=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&s)return!1;let n=this.name;if(n&&n.length>=6){if(r.
name===n)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===n)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},Xa=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,s])=>{(t[o]==null||t[o]==="")&&(t[o]=s)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var yt,KS=p(()=>{yt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var JS,Et,XS=p(()=>{JS=!1,Et=t=>{t&&!JS&&parseInt(t.substring(1,t.indexOf(".")))<16&&(JS=!0)}});var YS,QS,ZS,ex=p(()=>{Y();Br();YS=Object.values(Qr),QS=t=>{let e=[];for(let r in Qr){if(!C(Qr,r))continue;let o=Qr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),s=r.checksumConstructor();YS.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=s:t.checksumAlgorithms[o]=
s,e.push(r)},checksumAlgorithms(){return e}}},ZS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();YS.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var tx,rx,ox=p(()=>{tx=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),rx=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var St,xt,sx=p(()=>{ex();ox();St=t=>Object.assign(QS(t),tx(t)),xt=t=>Object.assign(ZS(t),rx(t))});var Ya,nx=p(()=>{Y();Ya=t=>{let e="#text";for(let r in t)C(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=Ya(t[r])));return t}});var Se,ix=p(()=>{Se=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Rt(t,e,r,o){return function(n,i,a,c,l={}){let u=Object.assign({},t,n);return Sr.classBuilder().ep(u).m(function(d,m,f,g){let y=i.call(this,d,m,f,g);return y.
unshift(o(f,d.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var ax=p(()=>{Im()});var v=p(()=>{Y();Y();NS();Im();WS();KS();XS();qS();sx();nx();ix();ax()});var cx,Tm,vm,px,lx,ux,dx,mx,fx,Am=p(()=>{cx="AWS_EXECUTION_ENV",Tm="AWS_REGION",vm="AWS_DEFAULT_REGION",px="AWS_EC2_METADATA_DISABLED",lx=["in-region","cross-re\
gion","mobile","standard","legacy"],ux="/latest/meta-data/placement/region",dx="/latest/api/token",mx="x-aws-ec2-metadata-token",fx="x-aws-ec2-metadata-token-tt\
l-seconds"});var gx,T$,Ex,Qa,hx,v$,yx,Cm=p(()=>{Am();gx=1e3,T$=6e4,Ex=0,Qa=async()=>{if(!process.env[px]&&!(Date.now()<Ex))try{let t=v$(),e=(await yx({...t,path:dx,method:"P\
UT",headers:{[fx]:"21600"}})).toString();return(await yx({...t,path:ux,method:"GET",headers:{[mx]:e}})).toString().trim()||hx()}catch{return hx()}},hx=()=>{Ex=Date.
now()+T$},v$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},yx=async t=>{let{request:e}=await import("node:http");
return new Promise((r,o)=>{let s=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:gx,signal:AbortSignal.timeout(gx)});s.
on("error",n=>{o(n),s.destroy()}),s.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),s.destroy()}),s.on("response",n=>{let{statusCode:i=400}=n;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),s.destroy();return}let a=[];n.on("data",c=>a.
push(c)),n.on("end",()=>{r(Buffer.concat(a)),s.destroy()})}),s.end()})}});var Sx,xx,Te,Le,bm=p(()=>{Cm();Sx="AWS_REGION",xx="region",Te={environmentVariableSelector:t=>t[Sx],configFileSelector:t=>t[xx],default:async()=>{let t=await Qa();
if(t)return t;throw new Error("Region is missing")}},Le={preferredFile:"credentials"}});var Rx,_x,wx=p(()=>{Y();Rx=new Set,_x=(t,e=Gr)=>{if(!Rx.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else Rx.add(t)}});var Za,Pm=p(()=>{Za=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var Ix,Tx=p(()=>{Pm();Ix=t=>Za(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var _t,vx=p(()=>{wx();Tx();Pm();_t=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,s=Ix(o);return _x(s),s},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Za(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var A$,C$,Ax,Cx=p(()=>{A$="AWS_DEFAULTS_MODE",C$="defaults_mode",Ax={environmentVariableSelector:t=>t[A$],configFileSelector:t=>t[C$],default:"legacy"}});var wt,b$,P$,bx=p(()=>{bm();Cm();gm();sm();Am();Cx();wt=({region:t=_(Te),defaultsMode:e=_(Ax)}={})=>Fa(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return b$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${lx.join(", ")}, got ${r}`)}}),b$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await P$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},P$=async()=>process.env[cx]&&(process.env[Tm]||process.
env[vm])?process.env[Tm]??process.env[vm]:Qa()});var $=p(()=>{Mn();Ua();JE();om();Ma();Ha();im();am();cm();fS();yS();ES();gm();AS();PS();bm();vx();bx()});var Px,Ox,Dx,Nx=p(()=>{Px="AWS_ENDPOINT_URL",Ox="endpoint_url",Dx=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(n=>n.toUpperCase()),o=e[[Px,...r].
join("_")];if(o)return o;let s=e[Px];if(s)return s},configFileSelector:(e,r)=>{if(e.services){let s=["services",e.services].join(".");if(!r||!r[s])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let n=r[s],i=t.split(" ").map(c=>c.toLowerCase()),
a=n[[i.join("_"),Ox].join(".")];if(a)return a}let o=e[Ox];if(o)return o},default:void 0})});var O$,D$,kx,$x=p(()=>{$();O$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",D$="ignore_configured_endpoint_urls",kx={environmentVariableSelector:t=>mr(t,O$,dt.ENV),configFileSelector:t=>mr(
t,D$,dt.CONFIG),default:!1}});var Yn,Lx=p(()=>{$();Nx();$x();Yn=async t=>{if(!await _(kx)())return _(Dx(t??""))()}});var Om,N$,k$,$$,Ux,Fx,Mx=p(()=>{Om=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),Fx(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!Ux(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},N$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,k$=/(\d+\.){3}\d+/,$$=/\.\./,Ux=t=>N$.test(t)&&!k$.test(t)&&!$$.test(t),Fx=t=>{let[e,r,o,,,s]=t.split(":"),n=e===
"arn"&&t.split(":").length>=6,i=!!(n&&r&&o&&s);if(n&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var Hx=p(()=>{Mx()});var Bx,Gx=p(()=>{Bx=(t,e,r,o=!1)=>{let s=async()=>{let n;return o?n=r.clientContextParams?.[t]??r[t]??r[e]:n=r[t]??r[e],typeof n=="function"?n():n};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let n=typeof r.credentials=="function"?await r.credentials():r.credentials;return n?.credentialScope??n?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let n=typeof r.credentials=="function"?await r.credentials():r.credentials;return n?.accountId??n?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let n=await s();if(n&&typeof n=="object"){if("url"in n)return n.url.href;if("hostname"in n){
let{protocol:i,hostname:a,port:c,path:l}=n;return`${i}//${a}${c?":"+c:""}${l}`}}return n}:s}});var Dm=p(()=>{Y()});function ec(t){return async(e,r,o,s)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(uo(a)),o.isCustomEndpoint=!0,s?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let n=await Gs(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(n,s);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Gs,tc=p(()=>{Hx();Gx();Dm();Gs=async(t,e,r)=>{let o={},s=e?.getEndpointParameterInstructions?.()||{};for(let[n,i]of Object.entries(s))switch(i.type){case"\
staticContextParams":o[n]=i.value;break;case"contextParams":o[n]=t[i.name];break;case"clientContextParams":case"builtInParams":o[n]=await Bx(i.name,n,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[n]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(s).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await Om(o),o}});function L$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function rc(t){let e=ec(t);return({config:r,instructions:o})=>(s,n)=>async i=>{r.isCustomEndpoint&&L$(n,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},n);n.endpointV2=a,n.authSchemes=a.properties?.authSchemes;let c=n.authSchemes?.[0];if(c){n.signing_region=c.signingRegion,n.signing_service=c.
signingName;let u=te(n)?.selectedHttpAuthScheme?.httpAuthOption;u&&(u.signingProperties=Object.assign(u.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return s({...i})}}var Nm=p(()=>{Y();tc()});function zx(t){let e=rc(t);return(r,o)=>({applyToStack:s=>{s.addRelativeTo(e({config:r,instructions:o}),F$)}})}var U$,F$,jx=p(()=>{Nm();U$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},F$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:U$.name}});function Vx(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:s,useFipsEndpoint:n}=e,i=o!=null?async()=>uo(await V(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:V(s??!1),useFipsEndpoint:V(n??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var Wx=p(()=>{Y();Dm()});var Ue,qx=p(()=>{Ue=class t{nodes;root;conditions;results;constructor(e,r,o,s){this.nodes=e,this.root=r,this.conditions=o,this.results=s}static from(e,r,o,s){return new t(
e,r,o,s)}}});var Fe,Kx=p(()=>{Fe=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let s=this.data.keys(),n=0;for(;;){let{value:i,done:a}=s.next();if(this.data.delete(
i),a||++n>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let s of o){
let n=e[s],i=n==null?"\0":String(n);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var ge,Jx=p(()=>{ge=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var ro=p(()=>{Jx()});var km,Xx=p(()=>{km="endpoints"});function zs(t){return typeof t!="object"||t==null?t:"ref"in t?`$${zs(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(zs).join(", ")})`:JSON.stringify(t,null,2)}var Yx=p(
()=>{});var Qx=p(()=>{Xx();Yx()});var ve,$m=p(()=>{ve={}});var Lm,Zx=p(()=>{Lm=(t,e)=>t===e});function Um(...t){for(let e of t)if(e!=null)return e}var eR=p(()=>{});var tR,rR=p(()=>{ro();tR=t=>{let e=t.split("."),r=[];for(let o of e){let s=o.indexOf("[");if(s!==-1){if(o.indexOf("]")!==o.length-1)throw new ge(`Path: '${t}' d\
oes not end with ']'`);let n=o.slice(s+1,-1);if(Number.isNaN(parseInt(n)))throw new ge(`Invalid array index: '${n}' in path: '${t}'`);s!==0&&r.push(o.slice(0,s)),
r.push(n)}else r.push(o)}return r}});var Qn,oR=p(()=>{ro();rR();Qn=(t,e)=>tR(e).reduce((r,o)=>{if(typeof r!="object")throw new ge(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let s=parseInt(o);return r[s<0?r.length+s:s]}return r[o]},t)});var Fm,sR=p(()=>{Fm=t=>t!=null});function Mm(t,e,r){return t?e:r}var nR=p(()=>{});var Hm,iR=p(()=>{Hm=t=>!t});var M$,js,Bm=p(()=>{M$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),js=t=>M$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var Gm,zm,aR=p(()=>{Br();Bm();Gm={[Vo.HTTP]:80,[Vo.HTTPS]:443},zm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,E=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return E.search=Object.entries(h).map(([S,I])=>`${S}=${I}`).join("&"),E}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:s,
pathname:n,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Vo).includes(c))return null;let l=js(s),u=r.includes(`${o}:${Gm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${Gm[c]}`),d=`${o}${u?`:${Gm[c]}`:""}`;return{scheme:c,authority:d,path:n,normalizedPath:n.endsWith("/")?n:`${n}/`,isIp:l}}});function jm(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var cR=p(()=>{});var Vm,pR=p(()=>{Vm=(t,e)=>t===e});var Wm,lR=p(()=>{Wm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var qm,uR=p(()=>{qm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Km=p(()=>{Zx();eR();oR();sR();Y();nR();iR();aR();cR();pR();lR();uR()});var dR,mR=p(()=>{Km();dR={booleanEquals:Lm,coalesce:Um,getAttr:Qn,isSet:Fm,isValidHostLabel:Gr,ite:Mm,not:Hm,parseURL:zm,split:jm,stringEquals:Vm,substring:Wm,uriEncode:qm}});var oc,Jm=p(()=>{Km();oc=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:s}=e,n=0;for(;n<t.length;){let i=t.indexOf("{",n);if(i===-1){r.push(t.slice(n));break}
r.push(t.slice(n,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),n=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,u]=c.split("#");r.push(Qn(o[l]??s[l],u))}else r.push(o[c]??s[c]);n=a+1}return r.join("")}});var fR,gR=p(()=>{fR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Xo,sc,hR,Zn=p(()=>{ro();$m();mR();Jm();gR();Xo=(t,e,r)=>{if(typeof t=="string")return oc(t,r);if(t.fn)return hR.callFunction(t,r);if(t.ref)return fR(t,r);throw new ge(
`'${e}': ${String(t)} is not a string, function or reference.`)},sc=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=hR.evaluateExpression(a,"arg",r)}let s=t.indexOf(".");if(s!==-1){let a=ve[t.slice(0,s)]?.[t.slice(s+1)];if(typeof a=="f\
unction")return a(...o)}let n=dR[t];if(typeof n=="function")return n(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},hR={evaluateExpression:Xo,
callFunction:sc}});var yR=p(()=>{Zn()});var ER,SR=p(()=>{Qx();ro();yR();ER=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new ge(`'${r}' is already defined in Reference Record.`);let o=sc(
t,e);e.logger?.debug?.(`${km} evaluateCondition: ${zs(t)} = ${zs(o)}`);let s=o===""?!0:!!o;return r!=null?{result:s,toAssign:{name:r,value:o}}:{result:s}}});var xR,RR=p(()=>{ro();Zn();xR=(t,e)=>Object.entries(t??{}).reduce((r,[o,s])=>(r[o]=s.map(n=>{let i=Xo(n,"Header value entry",e);if(typeof i!="string")throw new ge(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Xm,_R,wR,IR=p(()=>{ro();Jm();Xm=(t,e)=>Object.entries(t).reduce((r,[o,s])=>(r[o]=wR.getEndpointProperty(s,e),r),{}),_R=(t,e)=>{if(Array.isArray(t))return t.
map(r=>_R(r,e));switch(typeof t){case"string":return oc(t,e);case"object":if(t===null)throw new ge(`Unexpected endpoint property: ${t}`);return wR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new ge(`Unexpected endpoint property type: ${typeof t}`)}},wR={getEndpointProperty:_R,getEndpointProperties:Xm}});var TR,vR=p(()=>{ro();Zn();TR=(t,e)=>{let r=Xo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new ge(`Endpoint URL must be a string, got ${typeof r}`)}});var Ym,It,AR=p(()=>{ro();SR();Zn();RR();IR();vR();Ym=1e8,It=(t,e)=>{let{nodes:r,root:o,results:s,conditions:n}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<Ym;){let l=3*(Math.abs(i)-1),[u,d,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=n[u],h=ER({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:E,value:S}=h.toAssign;a[E]=S}i=i>=0===h.result?d:m}if(i>=Ym){let l=s[i-Ym];if(l[0]===-1){let[,f]=l;throw new ge(Xo(f,"Error",c))}let[u,d,m]=l;
return{url:TR(u,c),properties:Xm(d,c),headers:xR(m??{},c)}}throw new ge("No matching endpoint.")}});var p7,Kt,l7,Jt,j=p(()=>{Lx();tc();Nm();jx();Wx();qx();Kx();AR();Bm();Y();$m();tc();p7=ec(Yn),Kt=Vx(Yn),l7=rc(Yn),Jt=zx(Yn)});var ei,nc,ic=p(()=>{ei=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),nc=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var CR,bR=p(()=>{CR=t=>new TextEncoder().encode(t)});var PR,R7,OR,ac,Qm,DR,NR=p(()=>{PR="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",R7=Object.entries(PR).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),OR=PR.split(""),ac=6,Qm=8,DR=63});function kR(t){let e;typeof t=="string"?e=CR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let s="";for(let n=0;n<e.length;n+=
3){let i=0,a=0;for(let l=n,u=Math.min(n+3,e.length);l<u;l++)i|=e[l]<<(u-l-1)*Qm,a+=Qm;let c=Math.ceil(a/ac);i<<=c*ac-a;for(let l=1;l<=c;l++){let u=(c-l)*ac;s+=OR[(i&
DR<<u)>>u]}s+="==".slice(0,4-c)}return s}var $R=p(()=>{bR();NR()});var LR,UR=p(()=>{LR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Zm(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function ef(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:s,value:n}=await r.read();
if(n&&(e.push(n),o+=n.length),s)break}return La(e,o)}var FR,tf=p(()=>{rm();ic();FR=async t=>nc(t)?Zm(t):ef(t)});var MR,BR,HR,GR=p(()=>{$R();tm();UR();tf();ic();MR="The stream has already been transformed.",BR=t=>{if(!HR(t)&&!ei(t)){let s=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${s}`)}let e=!1,r=async()=>{if(e)throw new Error(MR);return e=!0,await FR(
t)},o=s=>{if(typeof s.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return s.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async s=>{let n=await r();if(s==="base64")return kR(n);if(s==="hex")return le(n);if(s===void 0||s==="utf8"||s===
"utf-8")return LR(n);if(typeof TextDecoder=="function")return new TextDecoder(s).decode(n);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(MR);if(e=!0,HR(t))return o(t);if(ei(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},HR=t=>typeof Blob=="function"&&t instanceof Blob});var zR,Pe,rf,of=p(()=>{zR=require("node:stream");rm();tf();ic();Pe=t=>nc(t)?Zm(t):ei(t)?ef(t):new Promise((e,r)=>{let o=new rf,s=t;s.pipe(o),s.on("error",n=>{o.
end(),r(n)}),o.on("error",r),o.on("finish",function(){let n=La(this.bufferedBytes);e(n)})}),rf=class extends zR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var cc,jR,ti,VR=p(()=>{cc=require("node:stream");Ls();GR();of();jR="The stream has already been transformed.",ti=t=>{if(!(t instanceof cc.Readable))try{return BR(
t)}catch{let s=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${s}`)}let e=!1,r=async()=>{
if(e)throw new Error(jR);return e=!0,await Pe(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let s=await r();return o===void 0||
Buffer.isEncoding(o)?$s(s.buffer,s.byteOffset,s.byteLength).toString(o):new TextDecoder(o).decode(s)},transformToWebStream:()=>{if(e)throw new Error(jR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof cc.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,cc.Readable.toWeb(t)}})}});function oo(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var WR=p(()=>{});var qR,Vs,H$,sf,Ws,P=p(()=>{qR=require("node:crypto");aE();cE();lE();Na();uE();mE();LE();UE();FE();BE();GE();zE();VE();tm();qE();KE();Ld();VR();of();Y();WR();Vs=
class extends pE(Z,re,pe,Ee){},H$=qR.getRandomValues,sf=dE(H$),Ws=sf});var Ye,qs=p(()=>{P();Ye=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Vs.mutate(t);if(!t)return Vs.mutate(new Uint8Array);let r=e.streamCollector(
t);return Vs.mutate(await r)}});function Yo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var nf=p(
()=>{});var JR,Me,B$,G$,z$,j$,pc,KR,Qo=p(()=>{Q();P();JR=Symbol.for("@smithy/schema-x"),Me=class t extends H{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=H.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
s=typeof o=="object"&&o!==null?o:r;return s[JR]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let s=this.getSchema(),n=typeof s=="number"?s&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||n===42?this.isStructSchema()?2:1:0,l=n>=4&&n<=7?
i>=6?2:i>0&&i<4?1:0:0,u=n|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof s!="object"?1:0)<<18,d=n&192,m=i&
2&&(d===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return u|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,u,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?j$:this.bindings??=B$(this)}},B$=t=>{let e=[],r=[],o=[],s=[],n=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},u={request:{memberBindings:n,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:d,response:m}=u;for(let[f,g]of t.structIterator()){let y=Me.of(g),h=y.getMergedTraits(),E=y.getHttpBindingLocation(
h),S=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,I=y.getHttpBindingValue(E,h),R=[f,I,E,S];f==="__proto__"&&oo(i),i[f]=R,I[1]>>10&
1&&(d.hasIdempotency=!0),n.push(R);let T=E&7;if(T===0&&(o.push(f),s.push(g)),(T&4)===0)e.push(f),r.push(g);else if((T&6)===4)if(T&1)l.statusCode=R;else{l.payload=
R;let M=I[1]&255;d.contentTypeInstruction=h.mediaType??(M===0?"text/plain":M===21||M===42?"application/octet-stream":null)}else T&1?(d.hasPrefixHeaders=!0,c.push(
R)):(S==="__proto__"&&oo(a),a[S]=R)}return d.contentTypeInstruction===void 0&&o.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=KR(t,o,s),m.syntheticBodySchema=
KR(t,e,r),u},G$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},z$=t=>{let{http:e,endpoint:r}=go(t.traits??{}),[o,s]=e?.[1].split("?")??[];return[
e?.[0],o,s?[...new URLSearchParams(s)]:[],o?G$(o):void 0,r?.[0]]},j$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
pc=t=>t[JR]??=z$(t),KR=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),s=[3,o[1],o[2],t.getMergedTraits(),e,r],n=o[6],i=n&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
n?1:0),0);return i&&(s[6]=i),s}});var jr,ri=p(()=>{jr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var XR,af,lc,YR=p(()=>{XR=new Uint32Array(256);for(let t=0;t<256;++t){let e=t;for(let r=0;r<8;++r)e=e&1?3988292384^e>>>1:e>>>1;XR[t]=e>>>0}af=4294967295,lc=class{digestLength=4;checksum=af;update(e){
for(let r=0;r<e.length;++r)this.checksum=this.checksum>>>8^XR[(this.checksum^e[r])&255]}digestSync(){return(this.checksum^af)>>>0}async digest(){let e=this.digestSync(),
r=new Uint8Array(4);return new DataView(r.buffer).setUint32(0,e,!1),r}reset(){this.checksum=af}}});function V$(t){return class{digestLength=4;value=0;update(r){this.value=t(r,this.value)}digestSync(){return this.value>>>0}async digest(){let r=new Uint8Array(4);
return new DataView(r.buffer).setUint32(0,this.digestSync(),!1),r}reset(){this.value=0}}}var cf,QR,Ks,ZR=p(()=>{cf=Lr(require("node:zlib"));YR();QR=typeof cf.crc32==
"function"?cf.crc32:void 0,Ks=QR?V$(QR):lc});var He,e_,W$,uc,t_,q$,r_=p(()=>{P();He=64,e_=32,W$=2**53-1,uc=class t{digestLength=e_;state=Int32Array.from(t_);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:s}=this,n=new Uint8Array(He*2);for(let i=0;i<He;++i)n[i]=54^r[i],n[i+He]=92^r[i];
o.update(n.subarray(0,He)),s.update(n.subarray(He))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=ur(e),o=0,{byteLength:s}=r;if(this.bytesHashed+=s,this.bytesHashed*8>W$)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;s>0;)this.buffer[this.bufferLength++]=r[o++],s--,this.bufferLength===He&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(t_),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,s=this.bytesHashed*8,n=new DataView(r.buffer,r.byteOffset,r.byteLength);if(n.setUint8(o++,128),(o-1)%He>=He-8){for(let a=o;a<
He;++a)n.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<He-8;++a)n.setUint8(a,0);n.setUint32(He-8,Math.floor(s/4294967296),!1),n.setUint32(He-4,s,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(e_);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=ur(e);if(r.byteLength>He){let o=new t;o.update(r);let s=o.digestSync(),n=new Uint8Array(He);return n.set(s),n}if(r.byteLength<He){let o=new Uint8Array(He);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),s=e[0],n=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],u=e[6],d=e[7];for(let m=0;m<He;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let E=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(E+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&u)|0)+(d+(q$[m]+o[m]|0)|0)|0,g=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&n^s&i^n&i)|0;d=u,u=l,l=c,c=a+f|0,a=i,i=n,n=s,s=f+g|0}e[0]+=s,e[1]+=n,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=u,e[7]+=d}},t_=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),q$=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function J$(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,oi.createHmac)("sha256",X$(this.secret)):(0,oi.createHash)("sha256")}}}function X$(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var oi,K$,Qe,o_=p(()=>{oi=require("node:crypto");r_();K$=(()=>{try{return(0,oi.createHash)("sha256"),!0}catch{return!1}})(),
Qe=K$?J$():uc});var Vr=p(()=>{ZR();o_()});function s_(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var ho,pf=p(()=>{P();ho=class t{bytes;constructor(e){if(this.bytes=e,e.byteLength!==
8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(`${e} is too larg\
e (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,s=Math.abs(Math.round(e));o>-1&&s>0;o--,s/=256)r[o]=s;return e<0&&
s_(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&s_(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var Js,n_,i_,Y$,Q$,Z$,e1,t1,r1,o1,s1,n1,dc,lf=p(()=>{Y();P();pf();Js=class{toUtf8;fromUtf8;constructor(e,r){this.toUtf8=e,this.fromUtf8=r}format(e){let r=[];for(let n in e){
if(!C(e,n))continue;let i=this.fromUtf8(n);if(i.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);r.
push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[n]))}let o=new Uint8Array(r.reduce((n,i)=>n+i.byteLength,0)),s=0;for(let n of r)o.set(n,s),s+=n.
byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.from([2,e.value]);case"\
short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(new ArrayBuffer(
5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let s=new Uint8Array(9);return s[0]=5,s.set(e.value.bytes,1),s;case"bina\
ry":if(e.value.byteLength>dc)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${dc} bytes: ${e.value.byteLength}`);let n=new DataView(
new ArrayBuffer(3+e.value.byteLength));n.setUint8(0,6),n.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(n.buffer);return i.set(e.value,3),i;case"string":
let a=this.fromUtf8(e.value);if(a.byteLength>dc)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${dc} bytes: ${a.byteLength}`);let c=new DataView(
new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(
9);return u[0]=8,u.set(ho.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!n1.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(
17);return d[0]=9,d.set(Fn(e.value.replace(/-/g,"")),1),d}}parse(e){let r={},o=0;for(;o<e.byteLength;){let s=e.getUint8(o++),n=this.toUtf8(new Uint8Array(e.buffer,
e.byteOffset+o,s));switch(o+=s,e.getUint8(o++)){case 0:r[n]={type:i_,value:!0};break;case 1:r[n]={type:i_,value:!1};break;case 2:r[n]={type:Y$,value:e.getInt8(o++)};
break;case 3:r[n]={type:Q$,value:e.getInt16(o,!1)},o+=2;break;case 4:r[n]={type:Z$,value:e.getInt32(o,!1)},o+=4;break;case 5:r[n]={type:e1,value:new ho(new Uint8Array(
e.buffer,e.byteOffset+o,8))},o+=8;break;case 6:let i=e.getUint16(o,!1);o+=2,r[n]={type:t1,value:new Uint8Array(e.buffer,e.byteOffset+o,i)},o+=i;break;case 7:let a=e.
getUint16(o,!1);o+=2,r[n]={type:r1,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+o,a))},o+=a;break;case 8:r[n]={type:o1,value:new Date(new ho(new Uint8Array(
e.buffer,e.byteOffset+o,8)).valueOf())},o+=8;break;case 9:let c=new Uint8Array(e.buffer,e.byteOffset+o,16);o+=16,r[n]={type:s1,value:`${le(c.subarray(0,4))}-${le(
c.subarray(4,6))}-${le(c.subarray(6,8))}-${le(c.subarray(8,10))}-${le(c.subarray(10))}`};break;default:throw new Error("Unrecognized header type tag")}}return r}};
(function(t){t[t.boolTrue=0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=
6]="byteArray",t[t.string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(n_||(n_={}));i_="boolean",Y$="byte",Q$="short",Z$="integer",e1="long",t1=
"binary",r1="string",o1="timestamp",s1="uuid",n1=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,dc=32767});function c_({byteLength:t,byteOffset:e,buffer:r}){if(t<i1)throw new Error("Provided message too short to accommodate event stream message overhead");let o=new DataView(
r,e,t),s=o.getUint32(0,!1);if(t!==s)throw new Error("Reported message length does not match received message length");let n=o.getUint32(a_,!1),i=o.getUint32(yo,
!1),a=o.getUint32(t-Zo,!1),c=new Ks;if(c.update(new Uint8Array(r,e,yo)),i!==c.digestSync())throw new Error(`The prelude checksum specified in the message (${i})\
 does not match the calculated CRC32 checksum (${c.digestSync()})`);if(c.update(new Uint8Array(r,e+yo,t-(yo+Zo))),a!==c.digestSync())throw new Error(`The messag\
e checksum (${c.digestSync()}) did not match the expected value of ${a}`);return{headers:new DataView(r,e+yo+Zo,n),body:new Uint8Array(r,e+yo+Zo+n,s-n-(yo+Zo+Zo))}}
var a_,yo,Zo,i1,p_=p(()=>{Vr();a_=4,yo=a_*2,Zo=4,i1=yo+Zo*2});var Xs,uf=p(()=>{Vr();lf();p_();Xs=class{headerMarshaller;messageBuffer;isEndOfStream;constructor(e,r){this.headerMarshaller=new Js(e,r),this.messageBuffer=[],this.
isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){let e=this.messageBuffer.pop(),r=this.isEndOfStream;
return{getMessage(){return e},isEndOfStream(){return r}}}getAvailableMessages(){let e=this.messageBuffer;this.messageBuffer=[];let r=this.isEndOfStream;return{getMessages(){
return e},isEndOfStream(){return r}}}encode({headers:e,body:r}){let o=this.headerMarshaller.format(e),s=o.byteLength+r.byteLength+16,n=new Uint8Array(s),i=new DataView(
n.buffer,n.byteOffset,n.byteLength),a=new Ks;return i.setUint32(0,s,!1),i.setUint32(4,o.byteLength,!1),a.update(n.subarray(0,8)),i.setUint32(8,a.digestSync(),!1),
n.set(o,12),n.set(r,o.byteLength+12),a.update(n.subarray(8,s-4)),i.setUint32(s-4,a.digestSync(),!1),n}decode(e){let{headers:r,body:o}=c_(e);return{headers:this.
headerMarshaller.parse(r),body:o}}formatHeaders(e){return this.headerMarshaller.format(e)}}});var Ys,df=p(()=>{Ys=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.decoder.decode(e)}}});var Qs,mf=p(()=>{Qs=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream)yield this.options.encoder.encode(e);this.options.includeEndFrame&&(yield new Uint8Array(0))}}});var Zs,ff=p(()=>{Zs=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream){let r=await this.options.deserializer(e);r!==void 0&&(yield r)}}}});var en,gf=p(()=>{en=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.serializer(e)}}});function mc(t){let e=0,r=0,o=null,s=null,n=a=>{if(typeof a!="number")throw new Error("Attempted to allocate an event message where size was not a number: "+a);e=
a,r=4,o=new Uint8Array(a),new DataView(o.buffer).setUint32(0,a,!1)},i=async function*(){let a=t[Symbol.asyncIterator]();for(;;){let{value:c,done:l}=await a.next();
if(l){if(e)if(e===r)yield o;else throw new Error("Truncated event message received.");else return;return}let u=c.length,d=0;for(;d<u;){if(!o){let f=u-d;s||(s=new Uint8Array(
4));let g=Math.min(4-r,f);if(s.set(c.slice(d,d+g),r),r+=g,d+=g,r<4)break;n(new DataView(s.buffer).getUint32(0,!1)),s=null}let m=Math.min(e-r,u-d);o.set(c.slice(
d,d+m),r),r+=m,d+=m,e&&e===r&&(yield o,o=null,e=0,r=0)}}};return{[Symbol.asyncIterator]:i}}var hf=p(()=>{});function l_(t,e){let r=si(e.deserializer,e.toUtf8);return{[Symbol.asyncIterator]:async function*(){for await(let o of t){let s=e.eventStreamCodec.decode(o),n=await r(
s);n!==void 0&&(yield n)}}}}function si(t,e){return async function(r){let{value:o}=r.headers[":message-type"];if(o==="error"){let s=new Error(r.headers[":error-\
message"].value||"UnknownError");throw s.name=r.headers[":error-code"].value,s}else if(o==="exception"){let s=r.headers[":exception-type"].value,n={[s]:r},i=await t(
n);if(i.$unknown){let a=new Error(e(r.body));throw a.name=s,a}throw i[s]}else if(o==="event"){let s={[r.headers[":event-type"].value]:r},n=await t(s);return n.$unknown?
void 0:n}else throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}var yf=p(()=>{});var es,u_,Ef=p(()=>{uf();df();mf();ff();gf();hf();yf();es=class{eventStreamCodec;utfEncoder;constructor({utf8Encoder:e,utf8Decoder:r}){this.eventStreamCodec=new Xs(
e,r),this.utfEncoder=e}deserialize(e,r){let o=mc(e);return new Zs({messageStream:new Ys({inputStream:o,decoder:this.eventStreamCodec}),deserializer:si(r,this.utfEncoder)})}serialize(e,r){
return new Qs({messageStream:new en({inputStream:e,serializer:r}),encoder:this.eventStreamCodec,includeEndFrame:!0})}},u_=t=>new es(t)});async function*a1(t){let e=!1,r=!1,o=new Array;for(t.on("error",s=>{if(e||(e=!0),s)throw s}),t.on("data",s=>{o.push(s)}),t.on("end",()=>{e=!0});!r;){let s=await new Promise(
n=>setTimeout(()=>n(o.shift()),0));s&&(yield s),r=e&&o.length===0}}var d_,ni,m_,f_=p(()=>{d_=require("node:stream");Ef();ni=class{universalMarshaller;constructor({
utf8Encoder:e,utf8Decoder:r}){this.universalMarshaller=new es({utf8Decoder:r,utf8Encoder:e})}deserialize(e,r){let o=typeof e[Symbol.asyncIterator]=="function"?e:
a1(e);return this.universalMarshaller.deserialize(o,r)}serialize(e,r){return d_.Readable.from(this.universalMarshaller.serialize(e,r))}},m_=t=>new ni(t)});var g_,h_,y_=p(()=>{g_=t=>({[Symbol.asyncIterator]:async function*(){let e=t.getReader();try{for(;;){let{done:r,value:o}=await e.read();if(r)return;yield o}}finally{
e.releaseLock()}}}),h_=t=>{let e=t[Symbol.asyncIterator]();return new ReadableStream({async pull(r){let{done:o,value:s}=await e.next();if(o)return r.close();r.enqueue(
s)}})}});var E_,S_=p(()=>{E_=t=>Object.assign(t,{eventStreamMarshaller:t.eventStreamSerdeProvider(t)})});var fc,x_=p(()=>{Y();Q();P();fc=class{marshaller;serializer;deserializer;serdeContext;defaultContentType;compositeErrorRegistry;constructor({marshaller:e,serializer:r,
deserializer:o,serdeContext:s,defaultContentType:n,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=r,this.deserializer=o,this.serdeContext=s,this.defaultContentType=
n,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o,initialMessageType:s}){let n=this.marshaller,i=r.getEventStreamMember(),
a=r.getMemberSchema(i),c=this.serializer,l=this.defaultContentType,u=Symbol("initialRequestMarker"),d={async*[Symbol.asyncIterator](){if(o){let m={":event-type":{
type:"string",value:s??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:l}};c.write(r,o);let f=c.flush();yield{
[u]:!0,headers:m,body:f}}for await(let m of e)yield m}};return n.serialize(d,m=>{if(m[u])return{headers:m.headers,body:m.body};let f="";for(let I in m)if(C(m,I)&&
I!=="__type"){f=I;break}let{additionalHeaders:g,body:y,eventType:h,explicitPayloadContentType:E}=this.writeEventBody(f,a,m);return{headers:{":event-type":{type:"\
string",value:h},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:E??l},...g},body:y}})}async deserializeEventStream({response:e,
responseSchema:r,initialResponseContainer:o,initialMessageType:s}){let n=this.marshaller,i=r.getEventStreamMember(),c=r.getMemberSchema(i).getMemberSchemas(),l=Symbol(
"initialResponseMarker"),u=n.deserialize(e.body,async f=>{let g="";for(let h in f)if(C(f,h)&&h!=="__type"){g=h;break}let y=f[g].body;if(g===(s??"initial-respons\
e")){let h=await this.deserializer.read(r,y);return delete h[i],{[l]:!0,...h}}else if(g in c){let h=c[g];if(h.isStructSchema()){let E={},S=!1;for(let[I,R]of h.structIterator()){
let{eventHeader:T,eventPayload:M}=R.getMergedTraits();if(S=S||!!(T||M),M)R.isBlobSchema()?E[I]=y:R.isStringSchema()?E[I]=(this.serdeContext?.utf8Encoder??Z)(y):
R.isStructSchema()&&(E[I]=await this.deserializer.read(R,y));else if(T){let oe=f[g].headers[I]?.value;oe!=null&&(R.isNumericSchema()?oe&&typeof oe=="object"&&"b\
ytes"in oe?E[I]=BigInt(oe.toString()):E[I]=Number(oe):E[I]=oe)}}return{[g]:await this.readEventMember(h,y,S,E)}}return{[g]:await this.deserializer.read(h,y)}}else
return{$unknown:f}}),d=u[Symbol.asyncIterator](),m=await d.next();if(m.done)return u;if(m.value?.[l]){if(!r)throw new Error("@smithy::core/protocols - initial-r\
esponse event encountered in event stream but no response schema given.");for(let f in m.value)C(m.value,f)&&(o[f]=m.value[f])}return{async*[Symbol.asyncIterator](){
for(m?.value?.[l]||(yield m.value);;){let{done:f,value:g}=await d.next();if(f)break;yield g}}}}async readEventMember(e,r,o,s){let n,i=e.getSchema();if(Array.isArray(
i)&&i[0]===-3){let c=i[1],l=K.for(c);this.compositeErrorRegistry?.copyFrom(l),n=(this.compositeErrorRegistry??l)?.getErrorCtor(i)}let a=o?s:r.byteLength===0?{}:
await this.deserializer.read(e,r);if(n){let c=a.message??a.Message??"Unknown",l={},u=e.getMergedTraits().error;return u&&(l.$fault=u),Object.assign(new n({}),l,
{message:c},a)}return a}writeEventBody(e,r,o){let s=this.serializer,n=e,i=null,a,c=r.getSchema()[4].includes(e),l={};if(c){let m=r.getMemberSchema(e);if(m.isStructSchema()){
for(let[f,g]of m.structIterator()){let{eventHeader:y,eventPayload:h}=g.getMergedTraits();if(h)i=f;else if(y){let E=o[e][f],S="binary";g.isNumericSchema()?(-2)**
31<=E&&E<=2**31-1?S="integer":S="long":g.isTimestampSchema()?S="timestamp":g.isStringSchema()?S="string":g.isBooleanSchema()&&(S="boolean"),E!=null&&(l[f]={type:S,
value:E},delete o[e][f])}}if(i!==null){let f=m.getMemberSchema(i);f.isBlobSchema()?a="application/octet-stream":f.isStringSchema()&&(a="text/plain"),s.write(f,o[e][i])}else
s.write(m,o[e])}else if(m.isUnitSchema())s.write(m,{});else throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.")}else{
let[m,f]=o[e];n=m,s.write(15,f)}let u=s.flush()??new Uint8Array;return{body:typeof u=="string"?(this.serdeContext?.utf8Decoder??re)(u):u,eventType:n,explicitPayloadContentType:a,
additionalHeaders:l}}}});var R_={};cr(R_,{EventStreamCodec:()=>Xs,EventStreamMarshaller:()=>ni,EventStreamSerde:()=>fc,HeaderMarshaller:()=>Js,Int64:()=>ho,MessageDecoderStream:()=>Ys,MessageEncoderStream:()=>Qs,
SmithyMessageDecoderStream:()=>Zs,SmithyMessageEncoderStream:()=>en,UniversalEventStreamMarshaller:()=>es,eventStreamSerdeProvider:()=>m_,getChunkedStream:()=>mc,
getMessageUnmarshaller:()=>si,getUnmarshalledStream:()=>l_,iterableToReadableStream:()=>h_,readableStreamToIterable:()=>g_,resolveEventStreamSerdeConfig:()=>E_,
universalEventStreamSerdeProvider:()=>u_});var __=p(()=>{uf();lf();pf();df();mf();ff();gf();f_();y_();Ef();hf();yf();S_();x_()});var tn,Sf=p(()=>{Y();Q();ri();Qo();tn=class extends jr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new K(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return z}getResponseType(){return pt}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,s]of r.url.searchParams.entries())e.query[o]=s;if(r.headers)
for(let o in r.headers)C(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)C(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,s=pc(
r)){if(this.serdeContext?.disableHostPrefix)return;let n=s[4];if(typeof n!="string")return;let i=n;for(let[a,[,c]]of Me.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!Fd(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let s=[-3,"","Error",0,[],[],0],n;for(let i of o)for(let a of r)try{a==="*"?n=i.getSchema(e):n=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
n);if(c)return[n,c,"modeled"];{let l=i.getBaseException();if(l){let u=i.getErrorCtor(l);if(u)return[n,u,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[s,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>(__(),R_)),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,s,n){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var ii,w_=p(()=>{Y();P();Qo();Sf();qs();nf();ii=class extends tn{async serializeRequest(e,r,o){let s=r&&typeof r=="object"?r:{},n={},i={},a=await o.endpoint(),c=Me.
of(e?.input),l=c.getHttpBindings().request,u=pc(e),d=new z({query:n,headers:i});if(a){this.updateServiceEndpoint(d,a),this.setHostPrefix(d,e,s,u);let[f,g,y]=u;if(f){
d.method=f,d.path=d.path==="/"?g:d.path+g;for(let[h,E]of y)n[h]=E}}d.query=n;let m=this.serializeHttpBindings(s,d,l,u);return m&&(d.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),d}serializeHttpBindings(e,r,o,s){let n=this.serializer,i=typeof n.writeCodec=="function"?n:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
u=!1,d,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,E=h?g.length:o.memberBindings.length;for(let R=0;R<E;++R){let T=h?C(o.byName,g[R])?o.byName[g[R]]:void 0:o.memberBindings[R];if(!T)continue;let M=T[1],oe=T[0],
hr=M[0],$r=M[1],me=M[2],ke=T[2],Vt=T[3],at=e[oe];if(!(at==null&&!($r>>10&1)))if(ke===36){let q=$r>>11&3;q?q===2?m=at||void 0:d=at:(i?i.writeCodec(hr,at):n.write(
hr,at),d=n.flush())}else if(ke===33||ke===38){let q=this.serializeHttpValue(M,at,ke,i);ke===33?(f??=Object.create(null))[oe]=q:c[Vt]=q}else if(ke===39)for(let q in at){
if(!C(at,q))continue;let Ir=Vt+q;c[Ir.toLowerCase()]=this.serializeHttpValue(me,at[q],38,i,i?me[0]:[me[0],{httpHeader:Ir}])}else(ke&62)===34?this.serializeQuery(
M,at,Vt,a,i):u=!0}let S=s[1],I=s[3];return S&&I&&r.path.endsWith(S)&&(r.path=r.path.slice(0,-S.length)+this.serializePath(I,f,o)),u&&l&&(i?i.writeCodec(l,e):n.write(
l,e),d=n.flush()),r.body=d,m}serializeQuery(e,r,o,s,n){let[i,a,c]=e,l=n?void 0:i.getMergedTraits();if(o===void 0){for(let u in r)!C(r,u)||u in s||(n||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:u,httpQueryParams:void 0}),this.serializeQuery(c,r[u],u,s,n));return}if((a&192)===64){let u=[];for(let d of r){let m=this.
serializeHttpValue(c,d,34,n,n?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&u.push(m)}s[o]=u}else s[o]=this.serializeHttpValue(e,r,34,n,n?i:[i,l])}serializeHttpValue(e,r,o,s,n=e[0]){
let i=e[1],a=i&255;return s&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(s?s.writeHttpBinding(e,r,o):this.serializer.write(n,r),this.serializer.flush())}serializePath(e,r,o){
let s="";for(let[n,i]of e){if(i===0){s+=n;continue}let a=r?.[n];if(a===void 0){if(C(o.byName,n)&&o.byName[n][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${n}.`);s+=`{${n}${i===2?"+":""}}`}else s+=i===2?a.split("/").map(Yo).join("/"):Yo(a)}return s}async deserializeResponse(e,r,o){let s=this.deserializer,
n=typeof s.readCodec=="function"?s:void 0,i=Me.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let u=await Ye(o.body,r);throw u.byteLength>
0&&Object.assign(c,await s.read(15,u)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let u=await Ye(o.body,r);if(u.byteLength>0){let d=await(n?n.readCodec(a.syntheticBodySchema,
u):s.read(a.syntheticBodySchema,u));for(let m of l)d[m]!=null&&(c[m]=d[m])}}else a.bindings.payload||await Ye(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,s,n){let i=s instanceof Set?n:s,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Me.of(e),{bodyMemberNames:u,
bindings:{payload:d,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(d){let[h,E]=d,[S,I]=E,R=I>>11&3;if(R)R===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=ti(o.body);else if(o.body){let T=await Ye(o.body,r);T.byteLength>0&&(i[h]=await(c?c.readPayload(E,T):
a.read(S,T)))}}for(let h in y){if(!C(y,h))continue;let E=h.toLowerCase(),S=y[h];E!==h&&(delete y[h],y[E]=S);let I=C(f,E)?f[E]:void 0;if(!I)continue;let[R,[T,M,oe],
,hr]=I;if(oe){let $r=M>>16&1?Zd(S,",",2):Un(S),me=[];for(let ke of $r)me.push(c?c.readHttpBinding(oe,ke.trim(),38):await a.read([oe[0],{httpHeader:hr}],ke.trim()));
i[R]=me}else i[R]=c?c.readHttpBinding(I[1],S,38):await a.read(T,S)}for(let[h,[,,E],,S]of g){i[h]={};for(let I in y){if(!C(y,I)||!I.startsWith(S))continue;let R=y[I];
i[h][I.slice(S.length)]=c?c.readHttpBinding(E,R,38):await a.read([E[0],{httpHeader:I}],R)}}return m&&(i[m[0]]=o.statusCode),u}}});var ts,I_=p(()=>{Y();Q();Y();Sf();qs();ts=class extends tn{async serializeRequest(e,r,o){let s=this.serializer,n={},i={},a=await o.endpoint(),c=H.of(e?.input),l=c.
getSchema(),u,d=r&&typeof r=="object"?r:{},m=new z({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:n,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,d)),d){let f=c.getEventStreamMember();if(f){if(d[f]){let g={};for(let[y]of c.structIterator())y!==f&&d[y]!=null&&(g[y]=d[y]);u=await this.
serializeEventStream({eventStream:d[f],requestSchema:c,initialRequest:g})}}else s.write(l,d),u=s.flush()}return m.headers=Object.assign(m.headers,i),m.query=n,m.
body=u,m.method="POST",m}async deserializeResponse(e,r,o){let s=this.deserializer,n=H.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await Ye(o.
body,r);throw c.byteLength>0&&Object.assign(i,await s.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!C(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=n.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:n,initialResponseContainer:i});else{let c=await Ye(o.body,
r);c.byteLength>0&&Object.assign(i,await s.read(n,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var rs,xf=p(()=>{P();Qo();ri();rs=class extends jr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Me.of(e),s=o.getMergedTraits(),n=o.getHttpBindingLocation(
s);return this.readHttpBinding(o.getHttpBindingValue(n,s),r,n)}readHttpBinding([e,r,o],s,n){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
n),Un(s).map(a=>this.readHttpBinding(o,a,n));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Ee)(s);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return Yd(s);case 6:return Qd(s);case 7:
return Xd(s);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",s),new Date(s)}}case 0:{let a=r>>8&3;if(!a)return s;let c=s;
return(n&6)===6&&(c=(this.serdeContext?.utf8Encoder??Z)((this.serdeContext?.base64Decoder??Ee)(c))),a===2?lt.from(c):c}case 1:return Number(s);case 2:return s.toLowerCase()===
"true";case 17:return BigInt(s);case 19:return new Ie(s,"bigDecimal");default:return s}}}});var ai,T_=p(()=>{P();Qo();ri();xf();ai=class extends jr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new rs(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Me.of(e),s=o.
getMergedTraits();if(s.httpHeader||s.httpResponseCode){let n=o.getHttpBindingValue(38,s);return this.readHttpBinding(n,r,38)}return s.httpPayload?this.readPayload(
o.getHttpBindingValue(36,s),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let s=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Z)(r);return this.stringDeserializer.
readHttpBinding(e,s,o)}readPayload([e,r],o){let s=r&255;return s===21||s===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??re)(o):o:s===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Z)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var gc,v_=p(()=>{P();Qo();ri();gc=class extends jr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Me.of(e),s=o.getMergedTraits(),
n=o.getHttpBindingLocation(s);this.writeHttpBinding(o.getHttpBindingValue(n,s),r,n)}writeHttpBinding([e,r,o],s,n){let i=r&255;switch(typeof s){case"object":if(s===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(s instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${s} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=s.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Wo(s);break;case 7:this.stringBuffer=String(s.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",s),this.stringBuffer=String(s.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
s){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(s);return}if((i&192)===64&&Array.isArray(s)){o??=e.getHttpBindingCollectionValue(n);let l=o[1]&255,u=l>=
4&&l<=7,d="";for(let m of s){this.writeHttpBinding(o,m,n);let f=this.flush();d&&(d+=", "),d+=u?f:Wd(f)}this.stringBuffer=d;return}this.stringBuffer=JSON.stringify(
s,null,2);break;case"string":let a=r>>8&3,c=s;if(a===2&&(c=lt.from(c)),a&&(n&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(c.toString());return}
this.stringBuffer=s;break;default:this.stringBuffer=r>>10&1?Ws():String(s)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var ci,A_=p(()=>{Qo();v_();ci=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new gc(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Me.of(e),s=o.getMergedTraits();if(s.httpHeader||s.httpLabel||s.
httpQuery){let n=o.getHttpBindingLocation(s);this.writeHttpBinding(o.getHttpBindingValue(n,s),r,n);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function os(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:s,httpQuery:n}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||s?6:n||r?5:void 0:void 0)??e.timestampFormat.default}var hc=p(()=>{});var Tt,vt,C_=p(()=>{Tt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
vt=t=>({requestHandler:t.httpHandler()})});function P_(t){return e=>async r=>{let o=r.request;if(z.isInstance(o)){let{body:s,headers:n}=o;if(s&&Object.keys(n).map(i=>i.toLowerCase()).indexOf(b_)===-1)try{
let i=t(s);i!=null&&(o.headers={...o.headers,[b_]:String(i)})}catch{}}return e({...r,request:o})}}var b_,O_,At,D_=p(()=>{Y();b_="content-length";O_={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},At=t=>({applyToStack:e=>{e.add(P_(t.bodyLengthChecker),O_)}})});var Cr,c1,Rf=p(()=>{Cr=t=>encodeURIComponent(t).replace(/[!'()*]/g,c1),c1=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function _f(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Cr(r),Array.isArray(o))for(let s=0,n=o.length;s<n;s++)e.push(`${r}=${Cr(o[s])}`);else{
let s=r;(o||typeof o=="string")&&(s+=`=${Cr(o)}`),e.push(s)}}return e.join("&")}var N_=p(()=>{Rf()});var Eo,yc=p(()=>{Eo=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Ec,k_=p(()=>{Ec=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),s=new Set(o);s.delete("__type"),this.keys=s}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Sc(){if(pi===void 0)try{if(typeof Buffer!="function")pi=!1;else{let t=JSON.parse(Buffer.from([123,125]));pi=t!==null&&typeof t=="object"}}catch{pi=!1}return pi}
var pi,wf=p(()=>{});function xc(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?l1(o,e)?e:new Ie(o,"bigDecim\
al"):p1(o)?new Ie(o,"bigDecimal"):/[eE]/.test(o)?u1(o):BigInt(o)}return e}function p1(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function l1(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return If(t)===If(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===If(o):!1}function If(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),s;if(o===-1)s=r;else{let n=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let u=l+n;c==="0"?s="0":u<=0?s="0."+"0".repeat(-u)+c:u>=c.length?s=c+"0".repeat(u-c.length):s=c.slice(0,u)+"."+c.slice(u)}return s.
includes(".")&&(s=s.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+s}function u1(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),s=t.slice(o?1:0,e),n=s.indexOf("."),i,a;if(n===-1)i=s,a=r;else{i=s.slice(0,n)+s.slice(n+1);let l=s.length-n-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(s.replace(".","").length-i.length));return o?-c:c}var Tf=p(()=>{P()});function _c(t){let e=H.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(vf in r)return r[vf];let o=Rc(e,new Set);return r[vf]=o,o}return Rc(e,new Set)}
function Rc(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Rc(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Rc(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var vf,Af=p(()=>{Q();vf=Symbol.for("@aws-sdk/reviver")});var $_,L_=p(()=>{qs();P();$_=(t,e)=>Ye(t,e).then(r=>(e?.utf8Encoder??Z)(r))});async function bf(t,e,r){let o;if(Sc()&&typeof t?.[Symbol.asyncIterator]=="function"){let n=await Ye(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(n)?o=n:o=Buffer.
from(n.buffer,n.byteOffset,n.byteLength))}if(o||(o=await $_(t,e)),o.length===0)return{};let s=r&&_c(r)?xc:void 0;try{return JSON.parse(o,s)}catch(n){throw n?.name===
"SyntaxError"&&Object.defineProperty(n,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),n}}var U_,Cf,Pf,Of,F_,Df=p(()=>{qs();L_();wf();Tf();
Af();U_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Cf=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Pf=(t,e)=>F_(t,e,["header","code","type"]),Of=(t,e,r=!1)=>F_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),F_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let s=U_(t??{},"x-amzn-errortype");if(s!==
void 0)return Cf(t[s]);break;case"code":let n=U_(e??{},"code");if(n&&e[n]!==void 0)return Cf(e[n]);break;case"type":if(e?.__type!==void 0)return Cf(e.__type);break}}});var wc,M_=p(()=>{hc();Q();P();yc();k_();wf();Tf();Af();Df();Y();wc=class extends Eo{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=_c(e)?
xc:void 0,s;if(typeof r=="string"){if(r.length===0)return{};s=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Sc()){if(r.byteLength===0)return{};let n=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);s=JSON.parse(n,o)}else s=await bf(r,this.serdeContext,e);return this._read(e,s)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",s=H.of(e);if(o){if(s.isStructSchema())return this._readStruct(s,r);if(Array.isArray(r)&&s.isListSchema()){
let i=s.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(s.isMapSchema()){let i=s.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)C(a,c)&&(c==="__proto__"&&oo(a),a[c]=this._read(i,a[c]));return a}}if(s.isBlobSchema()&&typeof r=="string")return Ee(r);
let n=s.getMergedTraits().mediaType;if(s.isStringSchema()&&typeof r=="string"&&n)return n==="application/json"||n.endsWith("+json")?lt.from(r):r;if(s.isTimestampSchema()&&
r!=null)switch(os(s,this.settings)){case 5:return jd(r);case 6:return Ln(r);case 7:return Vd(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(s.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(s.isBigDecimalSchema()&&r!=null){
if(r instanceof Ie)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Ie(i.string,i.type):new Ie(String(r),"bigDecimal")}if(s.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(s.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Ie||(r[i]=this._read(s,a))}else{let i=r;for(let a in i){if(!C(i,a))continue;a==="__proto__"&&oo(i);let c=i[a];c instanceof
Ie||(i[a]=this._read(s,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),s={},n,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(n={});let c;o&&
(c=new Ec(r,s));for(let[l,u]of e.structIterator()){let d=l;a&&(d=u.getMergedTraits().jsonName??d,i&&(n[d]=l)),o&&c.mark(d),r[d]!=null&&(s[l]=this._read(u,r[d]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!C(r,l))continue;let u=r[l],d=a?n[l]??l:l;d in s||(s[d]=u)}return s}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Ic,H_,B_=p(()=>{P();Ic=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>H_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),H_=e),this.string=Z(this)}return this.
string}},H_=0});function Nf(t){return Ic.allocUnsafe(t)}var Tc,G_,z_,d1,m1,rn,vc,Ac,j_,f1,g1,h1,Wr,V_,Cc,W_=p(()=>{hc();Q();P();yc();Y();B_();Tc=new TextEncoder,G_=123,z_=125,d1=
91,m1=93,rn=34,vc=58,Ac=44,j_=92,f1=new Uint8Array([116,114,117,101]),g1=new Uint8Array([102,97,108,115,101]),h1=new Uint8Array([110,117,108,108]),Wr=new Array(
128).fill(null);Wr[8]="b";Wr[9]="t";Wr[10]="n";Wr[12]="f";Wr[13]="r";Wr[34]='"';Wr[92]="\\";for(let t=0;t<32;t++)Wr[t]===null&&(Wr[t]="u00"+t.toString(16).padStart(
2,"0"));V_=2048;Cc=class t extends Eo{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Nf(V_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=H.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=H.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let s=`"__type":"${o.getName(!0)??"Unknown"}",`,n=s.length;this.ensure(n),this.json.copyWithin(1+n,1,this.i),Tc.encodeInto(s,this.
json.subarray(1)),this.i+=n}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Nf(V_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let s=o.length*2;for(;s<r+e;)s*=2;let n=Nf(s);
n.set(this.json),this.json=n}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:s}=this;for(let n=0;n<r;++n)s[o]=e.charCodeAt(n),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:s}=this;o[s++]=rn;for(let n=0;n<r;++n)o[s++]=e.charCodeAt(n);o[s++]=rn,this.i=s}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=rn;for(let o=0;o<r;++o){let s=e.charCodeAt(o);if(s>34&&s<92)this.json[this.i++]=s;else if(s<128){let n=Wr[s];if(n!==null){this.
ensure(n.length+1+(r-o-1)*3+1),this.json[this.i++]=j_;for(let i=0;i<n.length;i++)this.json[this.i++]=n.charCodeAt(i)}else this.json[this.i++]=s}else if(s>=55296&&
s<=56319){let n=o+1<r?e.charCodeAt(o+1):0;if(n>=56320&&n<=57343){this.ensure(4);let{written:i}=Tc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(s)}else if(s>=56320&&s<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(s);else{let{i:n,
json:i}=this;s<2048?(i[n++]=192|s>>6,i[n++]=128|s&63):(i[n++]=224|s>>12,i[n++]=128|s>>6&63,i[n++]=128|s&63),this.i=n}}this.json[this.i++]=rn}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=j_,r[o++]=117;let s=e.toString(16).padStart(4,"0");for(let n=0;n<4;++n)r[o++]=s.charCodeAt(n);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,s=t.B64,n=this.i;o[n++]=rn;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let u=e[l],d=e[l+1],m=e[l+2];o[n++]=
s[u>>2],o[n++]=s[(u&3)<<4|d>>4],o[n++]=s[(d&15)<<2|m>>6],o[n++]=s[m&63]}if(a===2){let l=e[c],u=e[c+1];o[n++]=s[l>>2],o[n++]=s[(l&3)<<4|u>>4],o[n++]=s[(u&15)<<2],
o[n++]=61}else if(a===1){let l=e[c];o[n++]=s[l>>2],o[n++]=s[(l&3)<<4],o[n++]=61,o[n++]=61}o[n++]=rn,this.i=n}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&H.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Ws());return}return}this.ensure(4),this.json.set(h1,this.i),this.i+=4;return}let s=H.of(e),n=typeof r==
"object";if(s.isStringSchema()){let i=s.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(lt.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(s.isBigIntegerSchema()||s.isBigDecimalSchema())){let i=r instanceof Ie?r.string:String(r);this.writeAsciiQuoted(
i);return}if(n){if(s.isStructSchema()){this.writeStruct(s,r);return}if(Array.isArray(r)&&(s.isListSchema()||s.isDocumentSchema())){this.writeList(s,r,s.isDocumentSchema());
return}if(s.isMapSchema()){this.writeMap(s,r,!1);return}if(r instanceof Uint8Array&&(s.isBlobSchema()||s.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(s.isTimestampSchema()||s.isDocumentSchema())){this.writeTimestamp(s,r);return}if(r instanceof Ie){this.writeAscii(r.string);return}if(s.isDocumentSchema()){
Array.isArray(r)?this.writeList(s,r,!0):this.writeMap(s,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(s.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??pe)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(f1,
i),i+=4):(a.set(g1,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=G_;let o=!1,s=typeof r.__type=="string",n;s&&(n=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=Ac),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;n&&(n.add(i),n.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=vc,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=vc,this.writeValue(15,c,e)}}else if(s)for(let i in r){if(n.has(i))continue;n.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=Ac),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=vc,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=z_}writeList(e,r,o){let s=!!e.
getMergedTraits().sparse,n=e.getValueSchema();if(!o&&(n.isStringSchema()||n.isNumericSchema()||n.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let u=r[l];
if(Number.isNaN(u)||u===1/0||u===-1/0||u==null&&!s){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let u=0;u<r.length;++u){let d=r[u];d==null&&!s||
(Number.isNaN(d)||d===1/0||d===-1/0?l.push(String(d)):l.push(d))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=Tc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=d1;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!s)||(i&&(this.ensure(1),this.json[this.
i++]=Ac),this.writeValue(n,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=m1}writeMap(e,r,o){let s=!!e.getMergedTraits().sparse,n=e.getValueSchema();if(!o&&
(n.isStringSchema()||n.isNumericSchema()||n.isBooleanSchema())){let a;for(let l in r){if(!C(r,l))continue;let u=r[l];Number.isNaN(u)||u===1/0||u===-1/0?((a??={})[l]=
u,r[l]=String(u)):u===null&&!s&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=Tc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=G_;let i=!0;for(let a in r){if(!C(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!s)||
(i||(this.ensure(1),this.json[this.i++]=Ac),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=vc,this.writeValue(n,c,void 0))}this.ensure(1),this.
json[this.i++]=z_}writeTimestamp(e,r){switch(os(e,this.settings)){case 5:{let s=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(s);return}case 6:{this.
writeAsciiQuoted(Wo(r));return}case 7:{let s=String(r.getTime()/1e3);this.writeAscii(s);return}default:{let s=String(r.getTime()/1e3);this.writeAscii(s);return}}}}});var ss,q_=p(()=>{yc();M_();W_();ss=class extends Eo{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new Cc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new wc(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var U=p(()=>{qs();nf();w_();I_();xf();T_();A_();hc();Y();Y();C_();D_();Rf();N_();Y();Df();q_()});var K_,J_,Ct,X_=p(()=>{U();K_=t=>e=>async r=>{if(!z.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:s=""}=t.requestHandler.metadata||{};if(s.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let n=o.hostname;
o.port!=null&&(n+=`:${o.port}`),o.headers.host=n}return e(r)},J_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Ct=t=>({applyToStack:e=>{
e.add(K_(t),J_)}})});var Y_,Q_,bt,Z_=p(()=>{v();Y_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:s}=e,n=s instanceof Se;if(s&&!n){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:u}=c,d=l??e.inputFilterSensitiveLog,m=u??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
s.info?.({clientName:i,commandName:a,input:d(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:s,commandName:n,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:s,commandName:n,input:l(r.input),error:o,metadata:o.$metadata}),
o}},Q_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},bt=t=>({applyToStack:e=>{e.add(Y_(),Q_)}})});var ew,tw=p(()=>{ew={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var So,kf,bc,$f,Lf,li,rw=p(()=>{So={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},kf=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");kf||(globalThis.awslambda=globalThis.awslambda||{});bc=class{static PROTECTED_KEYS=So;isProtectedKey(e){
return Object.values(So).includes(e)}getRequestId(){return this.get(So.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(So.X_RAY_TRACE_ID)}getTenantId(){return this.
get(So.TENANT_ID)}getTraceparent(){return this.get(So.TRACEPARENT)}getTracestate(){return this.get(So.TRACESTATE)}getBaggage(){return this.get(So.BAGGAGE)}},$f=
class extends bc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},Lf=class t extends bc{als;static async create(){let e=new t,r=await import("node:async_hooks");return e.als=new r.
AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){if(this.
isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No context avai\
lable");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let n=o===!0||"AWS_LAMBDA_MAX_CONCURRENCY"in
process.env?await Lf.create():new $f;return!kf&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!kf&&globalThis.awslambda&&(globalThis.awslambda.
InvokeStore=n),n)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&delete globalThis.
awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(li||(li={}))});function S1(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===Ff||r===ow||r===sw)&&(t[r]=t[e],delete t[e])}}var y1,E1,Uf,Ff,ow,sw,nw,iw=p(()=>{rw();
U();y1="AWS_LAMBDA_FUNCTION_NAME",E1="_X_AMZN_TRACE_ID",Uf="X-Amzn-Trace-Id",Ff="traceparent",ow="tracestate",sw="baggage",nw=()=>t=>async e=>{let{request:r}=e;
if(!z.isInstance(r))return t(e);let o;{let s=Object.keys(r.headers??{}).find(n=>n.toLowerCase()===Uf.toLowerCase())??Uf;if(!r.headers.hasOwnProperty(s)){let n=process.
env[y1],i=process.env[E1];o??=await li.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=u=>typeof u=="string"&&u.length>0;l(n)&&l(c)&&(r.headers[Uf]=c)}}if(S1(
r.headers),!r.headers[Ff]){let n=(o??=await li.getInstanceAsync())?.getTraceparent?.();if(n){r.headers[Ff]=n;let i=o?.getTracestate?.();i&&(r.headers[ow]=i);let a=o?.
getBaggage?.();a&&(r.headers[sw]=a)}}return t(e)}});var Pt,aw=p(()=>{tw();iw();Pt=t=>({applyToStack:e=>{e.add(nw(),ew)}})});var cw,pw=p(()=>{cw=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let s of t)s.schemeId.split("#")[1]===o&&r.push(s);for(let o of t)r.find(({
schemeId:s})=>s===o.schemeId)||r.push(o);return r}});function x1(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var Mf,lw=p(()=>{Y();pw();Mf=(t,e)=>(r,o)=>async s=>{let n=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,s.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=cw(n,i),c=x1(t.httpAuthSchemes),l=te(o),u=[];for(let d of a){
let m=c.get(d.schemeId);if(!m){u.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){u.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=d.
propertiesExtractor?.(t,o)||{};d.identityProperties=Object.assign(d.identityProperties||{},g),d.signingProperties=Object.assign(d.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:d,identity:await f(d.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(u.join(`
`));return r(s)}});var Hf,Ze,uw=p(()=>{lw();Hf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},Ze=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(Mf(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),Hf)}})});var dw=p(()=>{uw()});var R1,_1,Bf,mw=p(()=>{U();Y();R1=t=>e=>{throw e},_1=(t,e)=>{},Bf=t=>(e,r)=>async o=>{if(!z.isInstance(o.request))return e(o);let n=te(r).selectedHttpAuthScheme;
if(!n)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=n,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||R1)(i));return(c.successHandler||_1)(l.response,i),l}});var Gf,et,fw=p(()=>{mw();Gf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},et=t=>({applyToStack:e=>{e.addRelativeTo(Bf(t),Gf)}})});var gw=p(()=>{fw()});var br,hw=p(()=>{br=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Oe,yw=p(()=>{Y();Oe=class{authSchemes=new Map;constructor(e){for(let r in e){if(!C(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var Ae,Ew=p(()=>{Ae=class{async sign(e,r,o){return e}}});var Sw=p(()=>{Ew()});var zf,Pc,ui,Oc,xw=p(()=>{zf=t=>function(r){return ui(r)&&r.expiration.getTime()-Date.now()<t},Pc=zf(3e5),ui=t=>t.expiration!==void 0,Oc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,s,n,i,a=!1,c=async l=>{n||(n=o(l));try{s=await n,i=!0,a=!1}finally{n=void 0}return s};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(s=await c(l)),s):async l=>((!i||l?.forceRefresh)&&(s=await c(l)),a?s:r(s)?(e(s)&&await c(l),s):(a=!0,s))}});var Rw=p(()=>{yw();Sw();xw()});var De=p(()=>{dw();gw();hw();Rw()});function v1(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Ot(t){let e=br(t.userAgentAppId??Dc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!v1(o)){let s=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?s?.warn("userAgentAppId must be a string or undefined."):o.length>50&&s?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var Dc,jf=p(()=>{De();Dc=void 0});var _w,ww=p(()=>{_w={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var A1,C1,Iw,Tw,Vf=p(()=>{ww();A1=_w,C1="",Iw=t=>{let{partitions:e}=A1;for(let o of e){let{regions:s,outputs:n}=o;for(let[i,a]of Object.entries(s))if(i===t)return{
...n,...a}}for(let o of e){let{regionRegex:s,outputs:n}=o;if(new RegExp(s).test(t))return{...n}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},Tw=()=>C1});var vw,Wf,Aw=p(()=>{vw=require("node:stream"),Wf=t=>t?.body instanceof vw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var Cw,bw,Pw,Ow,Dw,Nw=p(()=>{Cw=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],bw=["TimeoutError","RequestTimeout","RequestTimeoutException"],Pw=[500,502,503,504],Ow=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],Dw=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function D1(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var b1,P1,O1,Nc,kc,kw,qf=p(()=>{Nw();b1=t=>t?.$retryable!==
void 0,P1=t=>t.$metadata?.clockSkewCorrected,O1=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},Nc=t=>t.$metadata?.httpStatusCode===429||Cw.
includes(t.name)||t.$retryable?.throttling==!0,kc=(t,e=0)=>t?.name!=="AbortError"&&(b1(t)||P1(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||bw.includes(t.name)||Ow.includes(t?.code||"")||Dw.includes(t?.code||"")||Pw.includes(t.$metadata?.httpStatusCode||0)||O1(t)||D1(t)||t.cause!==
void 0&&e<=10&&kc(t.cause,e+1)),kw=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!kc(t)}return!1}});var $c,N1,$w,Lw=p(()=>{$c=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((s,n)=>{let i=()=>n(N1());e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},N1=()=>Object.assign(new Error("Request aborte\
d"),{name:"AbortError"}),$w=t=>typeof t=="object"&&t!==null&&"name"in t&&t.name==="AbortError"});var Uw,Fw,Mw=p(()=>{Uw="amz-sdk-invocation-id",Fw="amz-sdk-request"});function Hw(t,e){if(pt.isInstance(t))for(let r in t.headers){if(!C(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let s=t.headers[r],n=NaN;if(s.
endsWith("GMT"))try{n=(Ln(s).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else s.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
n=Number(s.match(/ GMT, ([\d.]+)$/)?.[1]):s.match(/^((\d+)|(\d+\.\d+))$/)?n=Number(s):Date.parse(s)>=Date.now()&&(n=(Date.parse(s)-Date.now())/1e3);return isNaN(
n)?void 0:new Date(Date.now()+n*1e3)}else if(o==="x-amz-retry-after"){let s=t.headers[r],n=Number(s);if(isNaN(n)){e?.trace?.(`Failed to parse x-amz-retry-after=${s}`);
return}return new Date(Date.now()+n)}}}var Bw=p(()=>{Y();U();P()});var Gw,zw=p(()=>{Gw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function Kf(t){return e=>(r,o)=>async s=>{let n=await e.retryStrategy(),i=await e.maxAttempts(),a=o[vr]?.abortSignal;if(k1(n)){n=n;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await $c(n.acquireInitialRetryToken(c),a),u=new Error,d=0,m=0,{request:f}=s,g=z.isInstance(f);for(g&&(f.headers[Uw]=sf());;)try{
g&&(f.headers[Fw]=`attempt=${d+1}; max=${i}`);let{response:y,output:h}=await r(s);return n.recordSuccess(l),h.$metadata.attempts=d+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=$1(y,e.logger);if(u=Gw(y),g&&t(f))throw(o.logger instanceof Se?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),u;try{l=await $c(n.refreshRetryTokenForRetry(l,h),a)}catch(S){throw a?.aborted&&$w(S)?S:(u.$metadata||(u.$metadata={}),u.$metadata.
attempts=d+1,u.$metadata.totalRetryDelay=m,u)}d=l.getRetryCount();let E=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+E,E>0&&await $c(new Promise(S=>setTimeout(
S,E)),a)}}else return n=n,n?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",n.mode]]),n.retry(r,s)}}function jw(t){let e=Kf(t);return r=>({applyToStack:o=>{
o.add(e(r),U1)}})}var k1,$1,L1,U1,Vw=p(()=>{v();U();P();Br();qf();Lw();Mw();Bw();zw();k1=t=>typeof t.acquireInitialRetryToken<"u"&&typeof t.refreshRetryTokenForRetry<
"u"&&typeof t.recordSuccess<"u",$1=(t,e)=>{let r={error:t,errorType:L1(t)},o=Hw(t.$response,e);return o&&(r.retryAfterHint=o),r},L1=t=>Nc(t)?"THROTTLING":kc(t)?
"TRANSIENT":kw(t)?"SERVER_ERROR":"CLIENT_ERROR",U1={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}});var Lc,Ww=p(()=>{qf();Lc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||Nc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(i),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let n=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(n)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var fr,Uc=p(()=>{fr=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var Fc,qw=p(()=>{Uc();Fc=class{x=fr.delay();computeNextBackoffDelay(e){let s=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(s)}setDelayBase(e){this.x=
e}}});var di,Kw=p(()=>{di=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,s){this.delay=e,this.count=r,this.cost=o,this.longPoll=s}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var gr,xo,Be,mi=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(gr||(gr={}));xo=3,Be=gr.STANDARD});var Mc,ns,Jf=p(()=>{qw();Kw();mi();Uc();Mc={incompatible:1,attempts:2,capacity:3},ns=class{mode=gr.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>xo,this.baseDelay??=fr.delay(),this.retryBackoffStrategy??=
new Fc}async acquireInitialRetryToken(e){return new di(fr.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
s=this.retryCode(e,r,o),n=s===0,i=e.isLongPoll?.();if(n||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?fr.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),n){let u=this.getCapacityCost(a);this.capacity-=u;let d=new di(0,e.getRetryCount()+1,u,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),d.$retryLog.acquisitionDelay=l,d}else{let u=s===Mc.capacity&&i?l:0;u>0&&await new Promise(d=>setTimeout(d,u))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${xo}`),xo}}retryCode(e,r,o){let s=e.getRetryCount()+1,n=this.isRetryableError(r.errorType)?0:Mc.incompatible,i=s<o?0:Mc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:Mc.capacity;return n||i||a}getCapacityCost(e){return e===fr.modifiedCostType()?fr.throttlingCost():fr.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var Hc,Jw=p(()=>{Ww();Jf();mi();Hc=class{mode=gr.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new Lc,
this.standardRetryStrategy=r?new ns({maxAttempts:typeof e=="number"?e:3,...r}):new ns(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var Xf,Yf,Dt,Nt,Xw,Yw,kt,Qw=p(()=>{v();Jw();Jf();mi();Uc();Xf="AWS_MAX_ATTEMPTS",Yf="max_attempts",Dt={environmentVariableSelector:t=>{let e=t[Xf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${Xf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[Yf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${Yf} mast be a number, got "${e}"`);return r},default:xo},Nt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:s=xo,defaultBaseDelay:n=fr.delay()}=e??{},i=V(t.maxAttempts??s),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await V(o)()===gr.ADAPTIVE?new Hc(i,{maxAttempts:l,baseDelay:n}):new ns({maxAttempts:l,baseDelay:n})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},Xw="AWS_RETRY_MODE",Yw="retry_mode",kt={environmentVariableSelector:t=>t[Xw],configFileSelector:t=>t[Yw],default:Be}});var pee,Xt,tt=p(()=>{Aw();Vw();mi();Qw();pee=Kf(Wf),Xt=jw(Wf)});async function Zw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Mr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let n=await e.
retryStrategy();if(typeof n.mode=="string")switch(n.mode){case gr.ADAPTIVE:Mr(t,"RETRY_MODE_ADAPTIVE","F");break;case gr.STANDARD:Mr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let n=t.endpointV2;switch(String(n?.url?.hostname).match(H1)&&Mr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Mr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Mr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Mr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let s=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(s?.$source){let n=s;n.accountId&&Mr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(n.$source??{}))Mr(t,i,a)}}var H1,e0=p(()=>{tt();nE();H1=/\d{12}\.ddb/});var Qf,Bc,t0,r0,o0=p(()=>{Qf="user-agent",Bc="x-amz-user-agent",t0=/[^!$%&'*+\-.^_`|~\w]/g,r0=/[^!$%&'*+\-.^_`|~\w#]/g});function s0(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var n0=p(()=>{});var c0,Gc,p0,$t,l0=p(()=>{U();Vf();e0();o0();n0();c0=t=>(e,r)=>async o=>{let{request:s}=o;if(!z.isInstance(s))return e(o);let{headers:n}=s,i=r?.userAgent?.map(Gc)||
[],a=(await t.defaultUserAgentProvider()).map(Gc);await Zw(r,t,o);let c=r;a.push(`m/${s0(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Gc)||[],u=await t.userAgentAppId();u&&a.push(Gc(["app",`${u}`]));let d=Tw(),m=(d?[d]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(n[Bc]=n[Bc]?`${n[Qf]} ${f}`:f),n[Qf]=m):n[Bc]=m,e({...o,request:s})},Gc=t=>{
let e=t[0].split("/").map(i=>i.replace(t0,"-")).join("/"),r=t[1]?.replace(r0,"-"),o=e.indexOf("/"),s=e.substring(0,o),n=e.substring(o+1);return s==="api"&&(n=n.
toLowerCase()),[s,n,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},p0={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},$t=t=>({applyToStack:e=>{e.add(c0(t),p0)}})});var zc,u0,d0=p(()=>{zc=require("node:process"),u0=()=>{let t=["deno","bun","llrt"];for(let e of t)if(zc.versions[e])return[`md/${e}`,zc.versions[e]];return["md/\
nodejs",zc.versions.node]}});var eg,m0=p(()=>{eg={isCrtAvailable:!1}});var f0,g0=p(()=>{m0();f0=()=>eg.isCrtAvailable?["md/crt-avail"]:null});var jc,tg,Lt,h0=p(()=>{jc=require("node:os"),tg=require("node:process");d0();g0();Lt=({serviceId:t,clientVersion:e})=>{let r=u0();return async o=>{let s=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,jc.platform)()}`,(0,jc.release)()],["lang/js"],r],n=f0();n&&s.push(n),t&&s.push([`api/${t}`,e]),tg.env.AWS_EXECUTION_ENV&&s.push(
[`exec-env/${tg.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...s,[`app/${i}`]]:[...s]}}});var y0,E0,B1,Ut,S0=p(()=>{jf();y0="AWS_SDK_UA_APP_ID",E0="sdk_ua_app_id",B1="sdk-ua-app-id",Ut={environmentVariableSelector:t=>t[y0],configFileSelector:t=>t[E0]??
t[B1],default:Dc}});var x0=p(()=>{j()});var rg,R0=p(()=>{j();x0();rg=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!rg(r))return!1;return!0}return!(!Gr(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
js(t))}});var _0,w0=p(()=>{_0=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,s,n,i,...a]=e;if(r!=="arn"||o===""||s===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:s,region:n,accountId:i,resourceId:c}}});var rt,I0=p(()=>{j();R0();w0();Vf();rt={isVirtualHostableS3Bucket:rg,parseArn:_0,partition:Iw};ve.aws=rt});function og(t={}){return _({...Te,async default(){return T0.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...Le,...t})}var T0,v0=p(()=>{$();T0={silence:!1}});var Ft,Mt,A0=p(()=>{Ft=t=>({setRegion(e){t.region=e},region(){return t.region}}),Mt=t=>({region:t.region()})});var F=p(()=>{oE();sE();iE();X_();Z_();aw();jf();l0();h0();S0();I0();v0();A0()});var Vc,Wc,C0=p(()=>{U();Vc=t=>pt.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,Wc=t=>pt.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var fi,b0=p(()=>{fi=t=>new Date(Date.now()+t)});var qc,P0=p(()=>{qc=(t,e,r,o)=>{if(o!==void 0)return e;let s=Date.parse(t);if(Number.isNaN(s))return e;let n=Date.now();return r!==void 0&&n-r>9e5?e:s-n}});var sg=p(()=>{C0();b0();P0()});var gi,G1,hi,ne,ng=p(()=>{U();Br();sg();gi=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},G1=t=>t.context?.[vr]?.
eventStream?.output===!0,hi=async t=>{let e=gi("context",t.context),r=gi("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],n=await gi("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:n,signingRegion:i,signingRegionSet:a,signingName:c}},ne=class{async sign(e,r,o){
if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let s=await hi(o),{config:n,signer:i}=s,{signingRegion:a,
signingName:c}=s,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let u=await n.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=u;let d=u||G1(o);return o._skipClockSkewSampling=d,d||(o._preRequestSystemClockOffset=
n.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:u?new Date:fi(n.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let s=o.ServerTime??Vc(o.$response);if(s){let n=gi("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=Wc(o.$response),l=qc(s,n.systemClockOffset,a,c);n.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=Vc(e);if(o){let s=gi("config",r.config),
n=r._requestSentAt,i=Wc(e);s.systemClockOffset=qc(o,s.systemClockOffset,n,i)}}}});var xr,O0=p(()=>{U();sg();ng();xr=class extends ne{async sign(e,r,o){if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:s,signer:n,signingRegion:i,signingRegionSet:a,signingName:c}=await hi(o),u=(await s.sigv4aSigningRegionSet?.()??a??[i]).join(","),d=await s.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=d,d||(o._preRequestSystemClockOffset=s.systemClockOffset,o._requestSentAt=Date.now()),await n.
sign(e,{signingDate:d?new Date:fi(s.systemClockOffset),signingRegion:u,signingService:c})}}});var ig,D0=p(()=>{ig=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var N0,k0=p(()=>{N0=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var $0,L0,ot,U0=p(()=>{D0();k0();$0="AWS_AUTH_SCHEME_PREFERENCE",L0="auth_scheme_preference",ot={environmentVariableSelector:(t,e)=>{if(e?.signingName&&N0(e.signingName)in
t)return["httpBearerAuth"];if($0 in t)return ig(t[$0])},configFileSelector:t=>{if(L0 in t)return ig(t[L0])},default:[]}});var on,sn,F0=p(()=>{De();$();on=t=>(t.sigv4aSigningRegionSet=br(t.sigv4aSigningRegionSet),t),sn={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Xe("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Xe("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function H0(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Kc,M0,z1,ag,B0=p(()=>{P();P();Kc=class{format(e){let r=[];for(let n in e){
if(!C(e,n))continue;let i=re(n);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[n]))}let o=new Uint8Array(r.reduce((n,i)=>n+i.byteLength,0)),s=0;
for(let n of r)o.set(n,s),s+=n.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let s=new Uint8Array(9);return s[0]=5,s.set(e.value.bytes,
1),s;case"binary":let n=new DataView(new ArrayBuffer(3+e.value.byteLength));n.setUint8(0,6),n.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(n.buffer);
return i.set(e.value,3),i;case"string":let a=re(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(9);return u[0]=8,u.set(ag.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!z1.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(17);return d[0]=9,d.set(Fn(e.value.replace(/-/g,"")),1),d}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(M0||(M0={}));z1=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,ag=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,s=Math.abs(Math.round(e));o>-1&&s>0;o--,s/=256)r[o]=
s;return e<0&&H0(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&H0(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var G0,z0,cg,j0,V0,pg,lg,ug,dg,j1,W0,q0,yi,K0,J0,X0,Y0,Jc,Q0,Z0,eI,mg,tI,as=p(()=>{G0="X-Amz-Algorithm",z0="X-Amz-Credential",cg="X-Amz-Date",j0="X-Amz-SignedHe\
aders",V0="X-Amz-Expires",pg="X-Amz-Signature",lg="X-Amz-Security-Token",ug="authorization",dg=cg.toLowerCase(),j1="date",W0=[ug,dg,j1],q0=pg.toLowerCase(),yi="\
x-amz-content-sha256",K0=lg.toLowerCase(),J0={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},X0=/^proxy-/,Y0=/^sec-/,Jc="AWS4-HMAC-SHA256",Q0="AWS4-HMAC-SHA256-PAYL\
OAD",Z0="UNSIGNED-PAYLOAD",eI=50,mg="aws4_request",tI=3600*24*7});var rI,oI=p(()=>{P();U();as();rI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!C(t,o)||o.toLowerCase()===q0)continue;let s=Cr(o);e.push(s);let n=t[o];typeof n==
"string"?r[s]=`${s}=${Cr(n)}`:Array.isArray(n)&&(r[s]=n.slice(0).reduce((i,a)=>i.concat([`${s}=${Cr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var sI,V1,nI=p(()=>{sI=t=>V1(t).toISOString().replace(/\.\d{3}Z$/,"Z"),V1=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Xc,iI=p(()=>{v();U();P();oI();nI();Xc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:s,sha256:n,uriEscapePath:i=!0}){this.service=s,this.sha256=n,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
V(o),this.credentialProvider=V(r)}createCanonicalRequest(e,r,o){let s=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${rI(e)}
${s.map(n=>`${n}:${r[n]}`).join(`
`)}

${s.join(";")}
${o}`}async createStringToSign(e,r,o,s){let n=new this.sha256;n.update(ur(o));let i=await n.digest();return`${s}
${e}
${r}
${le(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let n of e.split("/"))n?.length!==0&&n!=="."&&(n===".."?r.pop():r.push(n));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Cr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=sI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var Yc,fg,Qc,cI,aI,pI=p(()=>{P();as();Yc={},fg=[],Qc=(t,e,r)=>`${t}/${e}/${r}/${mg}`,cI=async(t,e,r,o,s)=>{let n=await aI(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${s}:${le(n)}:${e.sessionToken}`;if(i in Yc)return Yc[i];for(fg.push(i);fg.length>eI;)delete Yc[fg.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,s,mg])a=await aI(t,a,c);return Yc[i]=a},aI=(t,e,r)=>{let o=new t(e);return o.update(ur(r)),o.digest()}});var gg,lI=p(()=>{P();as();gg=({headers:t},e,r)=>{let o={};for(let s of Object.keys(t).sort()){if(t[s]==null)continue;let n=s.toLowerCase();(C(J0,n)||e?.has(n)||
X0.test(n)||Y0.test(n))&&(!r||r&&!r.has(n))||(n==="__proto__"&&oo(o),o[n]=t[s].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Zc,uI=p(()=>{P();P();as();Zc=async({headers:t,body:e},r)=>{for(let o in t)if(C(t,o)&&o.toLowerCase()===yi)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||kn(e)){let o=new r;return o.update(ur(e)),le(await o.digest())}return Z0}});var dI,mI=p(()=>{P();dI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(C(e,r)&&t===r.toLowerCase())return!0;return!1}});var fI,gI=p(()=>{P();U();fI=(t,e={})=>{let{headers:r,query:o={}}=z.clone(t);for(let s in r){if(!C(r,s))continue;let n=s.toLowerCase();(n.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(n)||e.hoistableHeaders?.has(n))&&(o[s]=r[s],delete r[s])}return{...t,headers:r,query:o}}});var hg,hI=p(()=>{P();U();as();hg=t=>{t=z.clone(t);for(let e in t.headers)C(t.headers,e)&&W0.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var Ro,yI=p(()=>{P();B0();iI();as();pI();lI();uI();mI();gI();hI();Ro=class extends Xc{headerFormatter=new Kc;constructor({applyChecksum:e,credentials:r,region:o,
service:s,sha256:n,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:s,sha256:n,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:s=3600,unsignableHeaders:n,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:u}=r,d=await this.credentialProvider();
this.validateResolvedCredentials(d);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(s>tI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=Qc(g,m,u??this.service),h=fI(hg(e),{unhoistableHeaders:i,hoistableHeaders:c});
d.sessionToken&&(h.query[lg]=d.sessionToken),h.query[G0]=Jc,h.query[z0]=`${d.accessKeyId}/${y}`,h.query[cg]=f,h.query[V0]=s.toString(10);let E=gg(h,n,a);return h.
query[j0]=this.getCanonicalHeaderList(E),h.query[pg]=await this.getSignature(f,y,this.getSigningKey(d,m,g,u),this.createCanonicalRequest(h,E,await Zc(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:s,signingRegion:n,signingService:i,eventStreamCredentials:a}){let c=n??await this.regionProvider(),{
shortDate:l,longDate:u}=this.formatDate(o),d=Qc(l,c,i??this.service),m=await Zc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=le(await f.
digest()),y=[Q0,u,d,s,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:s,eventStreamCredentials:n}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:s,priorSignature:e.priorSignature,eventStreamCredentials:n}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:s,eventStreamCredentials:n}={}){let i=n??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,s));return l.update(ur(e)),le(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:s,signingRegion:n,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=n??await this.regionProvider(),l=hg(e),{longDate:u,shortDate:d}=this.formatDate(r),m=Qc(d,c,i??this.service);l.headers[dg]=u,a.sessionToken&&(l.headers[K0]=
a.sessionToken);let f=await Zc(l,this.sha256);!dI(yi,l.headers)&&this.applyChecksum&&(l.headers[yi]=f);let g=gg(l,s,o),y=await this.getSignature(u,m,this.getSigningKey(
a,c,d,i),this.createCanonicalRequest(l,g,f));return l.headers[ug]=`${Jc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,s){let n=await this.createStringToSign(e,r,s,Jc),i=new this.sha256(await o);return i.update(ur(n)),le(await i.digest())}getSigningKey(e,r,o,s){
return cI(this.sha256,e,o,r,s||this.service)}}});var ep,EI=p(()=>{ep={SignatureV4a:null}});var tp=p(()=>{yI();EI()});function W1(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=Oc(e,Pc,ui):r?o=br(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function q1(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var yg,SI=p(()=>{F();
De();tp();yg=t=>e=>{let r=e.credentials,o=!!e.credentials,s;Object.defineProperty(e,"credentials",{set(u){u&&u!==r&&u!==s&&(o=!0),r=u;let d=W1(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=q1(e,d);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;s=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?B(h,"CREDENTIALS_CODE","e"):h},s.memoized=m.memoized,s.configBound=m.configBound,s.attributed=!0}else s=m},get(){
return s},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:n=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
br(e.signer):e.regionInfoProvider?c=()=>br(e.region)().then(async u=>[await e.regionInfoProvider(u,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},u]).then(([u,d])=>{let{signingRegion:m,signingService:f}=u;e.signingRegion=e.signingRegion||m||d,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:n},y=e.signerConstructor||Ro;return new y(g)}):
c=async u=>{u=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await br(e.region)(),properties:{}},u);let d=u.signingRegion,
m=u.signingName;e.signingRegion=e.signingRegion||d,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:n},g=e.signerConstructor||Ro;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:n,signer:c,disableClockSkewCorrection:br(
e.disableClockSkewCorrection??t)})}});var Eg=p(()=>{ng();O0();U0();F0();SI()});var J1,X1,xI,RI=p(()=>{$();J1="AWS_DISABLE_CLOCK_SKEW_CORRECTION",X1="disable_clock_skew_correction",xI={environmentVariableSelector:t=>mr(t,J1,dt.ENV),configFileSelector:t=>mr(
t,X1,dt.CONFIG),default:!1}});var _I,wI=p(()=>{$();RI();_I=_(xI)});var Yt,he=p(()=>{Eg();Eg();wI();Yt=yg(_I)});var Ei,II=p(()=>{Ei={CrtSignerV4:null}});function vI(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function AI(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var Sg,TI,rp,CI=p(()=>{tp();Sg="X-Amz-S3session-Token",TI=Sg.toLowerCase(),rp=class extends Ro{async signWithCredentials(e,r,o){
let s=vI(r);e.headers[TI]=r.sessionToken;let n=this;return AI(n,s),n.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let s=vI(r);return delete e.headers[TI],
e.headers[Sg]=r.sessionToken,e.query=e.query??{},e.query[Sg]=r.sessionToken,AI(this,s),this.presign(e,o)}}});var Pr,bI=p(()=>{tp();II();CI();Pr=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Ei.CrtSignerV4=="function"?"crt":typeof ep.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new rp(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let s=this.getSigv4aSigner(),n=Ei.CrtSignerV4;if(n&&s instanceof
n)return s.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),s=Ei.CrtSignerV4;if(s&&o instanceof s)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Ei.CrtSignerV4,r=ep.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Si=p(()=>{bI()});var _i,wi,wg,Ig,Tg,vg,np,qI=p(()=>{F();$();_i="AWS_ACCESS_KEY_ID",wi="AWS_SECRET_ACCESS_KEY",wg="AWS_SESSION_TOKEN",Ig="AWS_CREDENTIAL_EXPIRATION",Tg="AWS_CREDE\
NTIAL_SCOPE",vg="AWS_ACCOUNT_ID",np=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[_i],r=process.env[wi],o=process.
env[wg],s=process.env[Ig],n=process.env[Tg],i=process.env[vg];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...s&&{expiration:new Date(
s)},...n&&{credentialScope:n},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new w("Unable to find environment variable credentials.",{logger:t?.
logger})}});var KI={};cr(KI,{ENV_ACCOUNT_ID:()=>vg,ENV_CREDENTIAL_SCOPE:()=>Tg,ENV_EXPIRATION:()=>Ig,ENV_KEY:()=>_i,ENV_SECRET:()=>wi,ENV_SESSION:()=>wg,fromEnv:()=>np});var Ag=p(
()=>{qI()});var ip,ap,Cg=p(()=>{ip=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",ap=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var JI,XI,cn,cp=p(()=>{JI=1e3,XI=0,cn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var bg,YI=p(()=>{bg=Lr(require("node:http"))});function _o(t){return new Promise((e,r)=>{let o=bg.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",s=>{r(Object.
assign(new Xe("Unable to connect to instance metadata service"),s)),o.destroy()}),o.on("timeout",()=>{r(new Xe("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",s=>{let{statusCode:n=400}=s;(n<200||300<=n)&&(r(Object.assign(new Xe("Error response received from instance metadata service"),{statusCode:n})),
o.destroy());let i=[];s.on("data",a=>{i.push(a)}),s.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var pp=p(()=>{$();YI()});var Ii,Pg=p(()=>{Ii=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var pn,Ti,lp,QI,nL,iL,aL,cL,pL,ZI=p(()=>{$();Cg();cp();pp();Pg();pn="AWS_CONTAINER_CREDENTIALS_FULL_URI",Ti="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",lp="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",QI=(t={})=>{let{timeout:e,maxRetries:r}=cn(t);return()=>Ii(async()=>{let o=await pL({logger:t.logger}),s=JSON.parse(await nL(e,o));if(!ip(
s))throw new w("Invalid response received from instance metadata service.",{logger:t.logger});return ap(s)},r)},nL=async(t,e)=>(process.env[lp]&&(e.headers={...e.
headers,Authorization:process.env[lp]}),(await _o({...e,timeout:t})).toString()),iL="169.254.170.2",aL=new Set(["localhost","127.0.0.1"]),cL=new Set(["http:","h\
ttps:"]),pL=async({logger:t})=>{if(process.env[Ti])return{hostname:iL,path:process.env[Ti]};if(process.env[pn]){let e;try{e=new URL(process.env[pn])}catch{throw new w(
`${process.env[pn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!aL.has(e.hostname))throw new w(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!cL.has(e.protocol))throw new w(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new w(`The container metadata credential provider cannot be used unless the ${Ti} or ${pn} environment variable is set`,{tryNextLink:!1,logger:t})}});var up,eT=p(()=>{$();up=class t extends w{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var ps,Og=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(ps||(ps={}))});var lL,uL,tT,rT=p(()=>{lL="AWS_EC2_METADATA_SERVICE_ENDPOINT",uL="ec2_metadata_service_endpoint",tT={environmentVariableSelector:t=>t[lL],configFileSelector:t=>t[uL],
default:void 0}});var wo,Dg=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(wo||(wo={}))});var dL,mL,oT,sT=p(()=>{Dg();dL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",mL="ec2_metadata_service_endpoint_mode",oT={environmentVariableSelector:t=>t[dL],configFileSelector:t=>t[mL],
default:wo.IPv4}});var dp,fL,gL,Ng=p(()=>{$();U();Og();rT();Dg();sT();dp=async()=>fe(await fL()||await gL()),fL=async()=>_(tT)(),gL=async()=>{let t=await _(oT)();switch(t){case wo.
IPv4:return ps.IPv4;case wo.IPv6:return ps.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(wo)}`)}}});var hL,kg,nT=p(()=>{hL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",kg=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+hL);let s=t.originalExpiration??t.expiration;return{...t,...s?{originalExpiration:s}:{},expiration:o}}});var iT,aT=p(()=>{nT();iT=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let s;try{s=await t(),s.expiration&&s.expiration.getTime()<Date.now()&&(s=kg(s,r))}catch(n){
if(o)r.warn("Credential renew failed: ",n),s=kg(o,r);else throw n}return o=s,s}}});var lT,yL,$g,cT,pT,uT,EL,SL,xL,RL,dT=p(()=>{$();eT();Cg();cp();pp();Pg();Ng();aT();lT="/latest/meta-data/iam/security-credentials/",yL="/latest/api/token",$g="A\
WS_EC2_METADATA_V1_DISABLED",cT="ec2_metadata_v1_disabled",pT="x-aws-ec2-metadata-token",uT=(t={})=>iT(EL(t),{logger:t.logger}),EL=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:s,maxRetries:n}=cn(t),i=async(a,c)=>{if(e||c.headers?.[pT]==null){let d=!1,m=!1,f=await _({environmentVariableSelector:g=>{let y=g[$g];if(m=!!y&&y!=="f\
alse",y===void 0)throw new w(`${$g} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[cT];return d=!!y&&y!==
"false",d},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),d&&g.push(`config file profile (${cT})`),m&&g.push(`process environment variable (${$g})`),new up(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let u=(await Ii(async()=>{let d;try{d=await xL(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return d},a)).trim();return Ii(async()=>{let d;try{d=await RL(u,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return d},a)};return async()=>{let a=await dp();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(n,{...a,timeout:s});{let c;try{c=(await SL({...a,timeout:s})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(n,{...a,timeout:s})}return i(n,{...a,headers:{[pT]:c},timeout:s})}}},
SL=async t=>_o({...t,path:yL,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),xL=async t=>(await _o({...t,path:lT})).toString(),RL=async(t,e,r)=>{
let o=JSON.parse((await _o({...e,path:lT+t})).toString());if(!ip(o))throw new w("Invalid response received from instance metadata service.",{logger:r.logger});return ap(
o)}});var mp={};cr(mp,{DEFAULT_MAX_RETRIES:()=>XI,DEFAULT_TIMEOUT:()=>JI,ENV_CMDS_AUTH_TOKEN:()=>lp,ENV_CMDS_FULL_URI:()=>pn,ENV_CMDS_RELATIVE_URI:()=>Ti,Endpoint:()=>ps,
fromContainerMetadata:()=>QI,fromInstanceMetadata:()=>uT,getInstanceMetadataEndpoint:()=>dp,httpRequest:()=>_o,providerConfigFromInit:()=>cn});var fp=p(()=>{ZI();
dT();cp();pp();Ng();Og()});function Lg(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let s=new Error("Request aborted");return s.name="AbortErr\
or",s.cause=e,s}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var mT=p(()=>{});var fT,gT=p(()=>{fT=["ECONNRESET","EPIPE","ETIMEDOUT"]});var hT,yT=p(()=>{P();hT=t=>{let e={};for(let r in t){if(!C(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var ln,ET=p(()=>{ln=Lr(require("node:https"))});var ue,ls=p(()=>{ue={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var ST,xT,RT=p(()=>{ls();ST=1e3,xT=(t,e,r=0)=>{if(!r)return-1;let o=s=>{let n=ue.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-s),i=a=>{a?.connecting?
a.on("connect",()=>{ue.clearTimeout(n)}):ue.clearTimeout(n)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ue.setTimeout(o.bind(null,ST),ST)}});var _T,wT=p(()=>{ls();_T=(t,e,r=0,o,s)=>r?ue.setTimeout(()=>{let n=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(n),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else n+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",s?.warn?.(n)},r):-1});var _L,IT,TT=p(()=>{ls();_L=3e3,IT=(t,{keepAlive:e,keepAliveMsecs:r},o=_L)=>{if(e!==!0)return-1;let s=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
n=>{n.setKeepAlive(e,r||0)})};return o===0?(s(),0):ue.setTimeout(s,o)}});var gp,vT=p(()=>{gp=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var wL,Ug,AT=p(()=>{ls();wL=3e3,Ug=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let s;t.once("response",c=>s=c);let n=()=>{if(s?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});s?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,n),t.on("close",()=>c.removeListener("timeout",n))):t.once("socket",i)};if(r<6e3){i();return}let a=ue.setTimeout(i,wL);t.once("close",()=>ue.clearTimeout(a))}});async function PT(t,e,r=CT,o=!1){let s=e.headers,n=s?s.Expect||s.expect:void 0,i=-1,a=!0;!o&&n==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ue.setTimeout(()=>c(!0),Math.max(CT,r)))}),new Promise(c=>{t.on("continue",()=>{ue.clearTimeout(i),c(!0)}),t.on("response",()=>{ue.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ue.clearTimeout(i),c(!1)})})])),a&&IL(t,e.body)}function IL(t,e){if(e instanceof bT.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let s=e;if(typeof s=="object"&&s.buffer&&typeof s.byteOffset=="number"&&typeof s.byteLength=="nu\
mber"){t.end(Buffer.from(s.buffer,s.byteOffset,s.byteLength));return}t.end(Buffer.from(e));return}t.end()}var bT,CT,OT=p(()=>{bT=require("node:stream");ls();CT=
6e3});var hp,DT,Ce,NT=p(()=>{P();U();mT();gT();yT();ET();RT();wT();TT();vT();AT();ls();OT();Ce=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:s,requests:n,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(s&&n)for(let c in s){if(!C(s,c))continue;let l=s[c]?.length??0,u=n[c]?.length??0;if(l>=i&&u>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${u} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(s=>{r(this.resolveDefaultConfig(s))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let s=this.config,n=s.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,u=-1,d=-1,m=-1,
f=-1,g=()=>{ue.clearTimeout(u),ue.clearTimeout(d),ue.clearTimeout(m),ue.clearTimeout(f)},y=async q=>{await l,g(),a(q)},h=async q=>{await l,g(),c(q)};if(r?.aborted){
let q=Lg(r);h(q);return}let E=e.headers,S=E?(E.Expect??E.expect)==="100-continue":!1,I=i?s.httpsAgent:s.httpAgent;S&&!this.externalAgent&&(I=new(i?ln.default.Agent:
hp)({keepAlive:!1,maxSockets:1/0})),u=ue.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(I,this.socketWarningTimestamp,n)},s.socketAcquisitionWarningTimeout??
(s.requestTimeout??2e3)+(s.connectionTimeout??1e3));let R=e.query?_f(e.query):"",T;if(e.username!=null||e.password!=null){let q=e.username??"",Ir=e.password??"";
T=`${q}:${Ir}`}let M=e.path;R&&(M+=`?${R}`),e.fragment&&(M+=`#${e.fragment}`);let oe=e.hostname??"";oe[0]==="["&&oe.endsWith("]")?oe=e.hostname.slice(1,-1):oe=e.
hostname;let hr={headers:e.headers,host:oe,method:e.method,path:M,port:e.port,agent:I,auth:T},me=(i?ln.default.request:DT)(hr,q=>{let Ir=new pt({statusCode:q.statusCode||
-1,reason:q.statusMessage,headers:hT(q.headers),body:q});y({response:Ir})});if(me.on("error",q=>{fT.includes(q.code)?h(Object.assign(q,{name:"TimeoutError"})):h(
q)}),r){let q=()=>{me.destroy();let Ir=Lg(r);h(Ir)};if(typeof r.addEventListener=="function"){let Ir=r;Ir.addEventListener("abort",q,{once:!0}),me.once("close",
()=>Ir.removeEventListener("abort",q))}else r.onabort=q}let ke=o??s.requestTimeout;d=xT(me,h,s.connectionTimeout),m=_T(me,h,ke,s.throwOnRequestTimeout,n??console);
let Vt=s.socketTimeout===void 0?gp(s):void 0;Vt?Ug(me,h,Vt,!0):Ug(me,h,s.socketTimeout);let at=hr.agent;typeof at=="object"&&"keepAlive"in at&&(f=IT(me,{keepAlive:at.
keepAlive,keepAliveMsecs:at.keepAliveMsecs})),l=PT(me,e,ke,this.externalAgent).catch(q=>(g(),c(q)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=gp(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:s,
socketAcquisitionWarningTimeout:n,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},u=!0,d=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:s,
defaultSocketTimeout:gp(e),socketAcquisitionWarningTimeout:n,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await import("node:http"),{Agent:g,
request:y}=f.default??f;return DT=y,hp=g,i instanceof hp||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new hp({keepAlive:u,maxSockets:d,...i})})(),httpsAgent:a instanceof
ln.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new ln.default.Agent({keepAlive:u,maxSockets:d,...a}),logger:l}}}});var so=p(()=>{NT();P()});var TL,vL,AL,kT,$T=p(()=>{$();TL="169.254.170.2",vL="169.254.170.23",AL="[fd00:ec2::23]",kT=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===TL||t.hostname===vL||
t.hostname===AL)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=s=>{let n=parseInt(s,10);return 0<=n&&n<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new w(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function LT(t){return new z({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function UT(t,e){let o=await ti(t.body).transformToString();if(t.statusCode===200){let s=JSON.parse(o);if(typeof s.AccessKeyId!=
"string"||typeof s.SecretAccessKey!="string"||typeof s.Token!="string"||typeof s.Expiration!="string")throw new w("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:s.
AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.Token,expiration:zd(s.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let s={};try{s=JSON.parse(
o)}catch{}throw Object.assign(new w(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:s.Code,Message:s.Message})}throw new w(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var FT=p(()=>{$();U();P();P()});var MT,HT=p(()=>{MT=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(n=>setTimeout(n,r))}return await t()}});var GT,CL,bL,PL,OL,DL,zT,BT,jT=p(()=>{F();$();so();GT=Lr(require("node:fs/promises"));$T();FT();HT();CL="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",bL="http://169.\
254.170.2",PL="AWS_CONTAINER_CREDENTIALS_FULL_URI",OL="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",DL="AWS_CONTAINER_AUTHORIZATION_TOKEN",zT=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[CL],o=t.awsContainerCredentialsFullUri??process.env[PL],
s=t.awsContainerAuthorizationToken??process.env[DL],n=t.awsContainerAuthorizationTokenFile??process.env[OL],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),s&&n&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${bL}${r}`;else if(o)e=o;else
throw new w(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);kT(a,t.logger);let c=Ce.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,u=MT(async()=>{let d=LT(a);n?d.headers.Authorization=BT((await GT.default.readFile(n)).toString()):s&&(d.headers.Authorization=BT(
s));try{let m=await c.handle(d,{requestTimeout:l});return UT(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new w(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await u()}finally{c.destroy?.()}}},BT=t=>{if(t.includes(`\r
`))throw new w("Authorization token contains invalid \\r\\n sequence.");return t}});var Fg={};cr(Fg,{fromHttp:()=>zT});var Mg=p(()=>{jT()});var yp,Hg=p(()=>{yp=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var un,Ep=p(()=>{un="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function kL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function $L(t){return{schemeId:"smithy.api#noAuth"}}var KT,JT,XT,Bg=p(()=>{he();v();KT=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});JT=t=>{let e=[];return t.operation==="CreateToken"?e.push($L(t)):e.push(kL(t)),
e},XT=t=>{let e=Yt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var YT,QT,Gg=p(()=>{YT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
QT={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Io,vi=p(()=>{Io={name:"@aws-sdk/nested-clients",version:"3.998.4",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
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
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var To,Sp=p(()=>{v();Q();To=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),s=Object.
values(o).find(n=>!!n.getMergedTraits().httpPayload);if(s){let n=s.getMergedTraits().mediaType;return n||(s.isStringSchema()?"text/plain":s.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:u,httpPrefixHeaders:d}=i.
getMergedTraits();return!a&&!c&&!l&&!u&&d===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,s,n,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:n,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{s.message=s.message??s.Message??"UnknownError";let u=this.
errorRegistry,d=u.getBaseException();if(d){let g=u.getErrorCtor(d)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),s)}let m=s,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),s)}}compose(e,r,o){let s=o;r.includes(
"#")&&([s]=r.split("#"));let n=K.for(s),i=K.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(n),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,s=Xa(e,r);o&&(s.message=o);let n=s.Error??{};n.Type=s.Error?.Type,n.Code=s.Error?.Code,n.Message=s.Error?.message??
s.Error?.Message??o,s.Error=n;let i=s.$metadata.requestId;return i&&(s.RequestId=i),s}return Xa(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[s,n]=o.split(";"),i=Object.keys(e),a={Code:s,Type:n};e.Code=s,e.Type=n;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(s=>H.of(s).getMergedTraits().awsQueryError?.[0]===r)}}}});var xp,ZT=p(()=>{U();Q();Sp();xp=class extends ts{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:s,jsonCodec:n}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=n??new ss({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!s,
this.mixin=new To(this.awsQueryCompatible)}async serializeRequest(e,r,o){let s=await super.serializeRequest(e,r,o);return s.path.endsWith("/")||(s.path+="/"),s.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,s.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(s.headers["x-amzn-query-mode"]="true"),(eo(e.input)==="unit"||!s.body)&&(s.body="{}"),s}getPayloadCodec(){return this.codec}async handleError(e,r,o,s,n){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(s,o);let a=Of(o,s,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,s,n,i?this.mixin.findQueryCompatibleError:void 0),u=H.of(
c),d=s.message??s.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,E]of u.
structIterator())s[h]!=null&&(g[h]=y.readObject(E,s[h]));throw i&&this.mixin.queryCompatOutput(s,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:u.
getMergedTraits().error,message:d},g),s)}}});var us,ev=p(()=>{ZT();us=class extends xp{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:s,jsonCodec:n}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:s,jsonCodec:n})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var no,tv=p(()=>{U();Q();Sp();no=class extends ii{serializer;deserializer;codec;mixin=new To;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let s={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new ss(s),this.serializer=
new ci(this.codec.createSerializer(),s),this.deserializer=new ai(this.codec.createDeserializer(),s)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let s=await super.serializeRequest(e,r,
o),n=H.of(e.input);if(!s.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),n);i&&(s.headers["content-type"]=i)}return s.
body==null&&s.headers["content-type"]===this.getDefaultContentType()&&(s.body="{}"),s}async deserializeResponse(e,r,o){let s=await super.deserializeResponse(e,r,
o),n=H.of(e.output);for(let[i,a]of n.structIterator())a.getMemberTraits().httpPayload&&!(i in s)&&(s[i]=null);return s}async handleError(e,r,o,s,n){let i=Pf(o,s)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,s,n),l=H.of(a),u=s.message??s.Message??"UnknownError",d=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new d({});await this.
deserializeHttpMessage(a,r,o,s);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let E=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,s[E])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:u},f),s)}getDefaultContentType(){return"applicatio\
n/json"}}});function zg(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function Vg(t){return new jg(t).parse()}var jg,rv=p(
()=>{jg=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let s=r.x.slice(r.i,o);return r.i=o+e.length,s}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,s={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let u="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)u+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),u==="__proto__"&&zg(s),s[u]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?s:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let n=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,n.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let u="";for(;e.i<e.z&&e.x[e.i]!=="<";)u+=e.x[e.i++];n.push(e.decodeEntities(u))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&n.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let u=n.length===1?n[0]:n.join("");return u.trim()===""&&u.
includes(`
`)?{tag:r,value:""}:{tag:r,value:u}}let l={};for(let u of n)u.trim()===""&&u.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+u:u);for(let u of i)u.tag==="__proto__"&&zg(l),u.tag in l?Array.isArray(l[u.tag])?l[u.tag].push(u.value):l[u.tag]=[l[u.tag],
u.value]:l[u.tag]=u.value;for(let[u,d]of Object.entries(s))u==="__proto__"&&zg(l),l[u]=d;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,s,n)=>o?
String.fromCharCode(parseInt(o,16)):s?String.fromCharCode(parseInt(s,10)):t.ENTITIES[n]??"")}}});var ov=p(()=>{rv()});var dn,Wg=p(()=>{dn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Rp,sv=p(()=>{Rp=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),s=new Set(o);s.delete("__type"),this.keys=s}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function nv(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var iv=p(()=>{});var _p,av=p(()=>{ov();v();U();Q();P();Wg();sv();iv();_p=class extends dn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new rs(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let s=H.of(e),n=s.getMemberSchemas();if(s.isStructSchema()&&
s.isMemberSchema()&&!!Object.values(n).find(l=>!!l.getMemberTraits().eventPayload)){let l={},u=Object.keys(n)[0];return n[u].isBlobSchema()?l[u]=r:l[u]=this.read(
n[u],r),l}let a=(this.serdeContext?.utf8Encoder??Z)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=H.of(e);if(o.isUnitSchema())return;
let s=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let n=!!s.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",u=n?r:(r[0]??r)[l];if(u==null)return c;let d=Array.isArray(u)?u:[u];for(let m of d)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;n?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let u=a.getMergedTraits().xmlName??"key",d=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[u],g=m[d];f==="__proto__"&&nv(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Rp(r,i));for(let[l,u]of o.structIterator()){let d=u.getMergedTraits(),m=d.
httpPayload?d.xmlName??u.getName():u.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(u,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=Vg(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",s=Object.keys(r)[0],n=r[s];return n[o]&&(n[s]=n[o],delete n[o]),Ya(n)}return{}}}});var wp,cv=p(()=>{U();Q();P();P();Wg();wp=class extends dn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let s=H.of(e);if(o&&!o.endsWith(".")&&(o+="."),s.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??pe)(r)));else if(s.isBooleanSchema()||s.isNumericSchema()||s.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):s.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Ws()));else if(s.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(s.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Ie?r.string:String(r)));else if(s.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),os(s,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Wo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(s.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(s.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let n=s.getValueSchema(),i=this.settings.flattenLists||s.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=n.getMergedTraits(),u=this.getKey("member",l.xmlName,l.ec2QueryName),d=i?`${o}${a}`:`${o}${u}.${a}`;this.write(n,c,d),++a}}}else if(s.isMapSchema()){
if(r&&typeof r=="object"){let n=s.getKeySchema(),i=s.getValueSchema(),a=s.getMergedTraits().xmlFlattened,c=1;for(let l in r){let u=r[l];if(u==null)continue;let d=n.
getMergedTraits(),m=this.getKey("key",d.xmlName,d.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),y=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${y}`:`${o}entry.${c}.${y}`;this.write(n,l,f),this.write(i,u,h),++c}}}else if(s.isStructSchema()){if(r&&typeof r=="object"){let n=!1;
for(let[i,a]of s.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
u=`${o}${l}`;this.write(a,r[i],u),n=!0}if(!n&&s.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!s.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${s.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,s){let{ec2:n,
capitalizeKeys:i}=this.settings;if(n&&o)return o;let a=r??e;return i&&s==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${Yo(e)}=`}writeValue(e){this.buffer+=Yo(e)}}});var ds,pv=p(()=>{U();Q();Sp();av();cv();ds=class extends ts{options;serializer;deserializer;mixin=new To;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new wp(r),this.deserializer=new _p(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let s=await super.serializeRequest(e,r,o);s.path.endsWith("/")||(s.path+="/"),s.headers["content-type"]="application/x-www-form-urlencoded",(eo(e.input)==="unit"||
!s.body)&&(s.body="");let n=e.name.split("#")[1]??e.name;return s.body=`Action=${n}&Version=${this.options.version}`+s.body,s.body.endsWith("&")&&(s.body=s.body.
slice(-1)),s}async deserializeResponse(e,r,o){let s=this.deserializer,n=H.of(e.output),i={};if(o.statusCode>=300){let u=await Ye(o.body,r);u.byteLength>0&&Object.
assign(i,await s.read(15,u)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let u in o.headers){let d=o.headers[u];delete o.headers[u],o.headers[u.
toLowerCase()]=d}let a=e.name.split("#")[1]??e.name,c=n.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await Ye(o.body,r);return l.byteLength>0&&Object.
assign(i,await s.read(n,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,s,n){let i=this.loadQueryErrorCode(o,
s)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(s)??{},c=this.loadQueryErrorMessage(s);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,n,this.mixin.findQueryCompatibleError),d=H.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of d.structIterator()){let E=h.getMergedTraits().xmlName??y,S=a[E]??s[E];g[y]=this.deserializer.readSchema(h,S)}throw this.mixin.decorateServiceException(
Object.assign(f,u,{$fault:d.getMergedTraits().error,message:c},g),s)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var vo=p(()=>{ev();tv();pv()});var Ai,ms,Ip,lv,fv,Tp,qg,uv,Kg,mn,dv,mv,UL,Qt,FL,gv,hv=p(()=>{j();Ai="ref",ms=-1,Ip=!0,lv="isSet",fv="PartitionResult",Tp="booleanEquals",qg="getAttr",uv={[Ai]:"\
Endpoint"},Kg={[Ai]:fv},mn={},dv=[{[Ai]:"Region"}],mv={conditions:[[lv,[uv]],[lv,dv],["aws.partition",dv,fv],[Tp,[{[Ai]:"UseFIPS"},Ip]],[Tp,[{[Ai]:"UseDualStack"},
Ip]],[Tp,[{fn:qg,argv:[Kg,"supportsDualStack"]},Ip]],[Tp,[{fn:qg,argv:[Kg,"supportsFIPS"]},Ip]],["stringEquals",[{fn:qg,argv:[Kg,"name"]},"aws-us-gov"]]],results:[
[ms],[ms,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ms,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[uv,
mn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],[ms,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",mn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",mn],[ms,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],[ms,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",mn],[ms,"Invalid Configuration: Missing Region"]]},UL=2,Qt=1e8,FL=new Int32Array([-1,1,-1,0,13,3,1,4,Qt+12,2,5,Qt+12,3,
8,6,4,7,Qt+11,5,Qt+9,Qt+10,4,11,9,6,10,Qt+8,7,Qt+6,Qt+7,5,12,Qt+5,6,Qt+4,Qt+5,3,Qt+1,14,4,Qt+2,Qt+3]),gv=Ue.from(FL,UL,mv.conditions,mv.results)});var ML,yv,Ev=p(()=>{F();j();hv();ML=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),yv=(t,e={})=>ML.get(t,()=>It(gv,{endpointParams:t,logger:e.
logger}));ve.aws=rt});var Ne,vp=p(()=>{v();Ne=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var Ci,bi,Pi,Oi,Di,Ni,ki,$i,Li,Ui,Fi,Jg=p(()=>{vp();Ci=class t extends Ne{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},bi=class t extends Ne{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Pi=class t extends Ne{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Oi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Di=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ni=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ki=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
$i=class t extends Ne{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
Li=class t extends Ne{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ui=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Fi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var HL,BL,GL,zL,jL,VL,WL,qL,KL,JL,XL,YL,QL,ZL,eU,tU,rU,oU,sU,nU,qr,iU,aU,cU,pU,lU,ye,uU,Or,dU,mU,Dr,fU,Sv,xv,gU,Rv,hU,yU,EU,Re,_v,wv,Rr,Iv,Tv,vv,Av,Cv,bv,Pv,Ov,
Dv,Nv,kv,Xg,SU,xU,RU,_U,$v,Lv,Uv,Yg,Ap=p(()=>{Q();Jg();vp();HL="AccessDeniedException",BL="AuthorizationPendingException",GL="AccessToken",zL="ClientSecret",jL=
"CreateToken",VL="CreateTokenRequest",WL="CreateTokenResponse",qL="CodeVerifier",KL="ExpiredTokenException",JL="InvalidClientException",XL="InvalidGrantExceptio\
n",YL="InvalidRequestException",QL="InternalServerException",ZL="InvalidScopeException",eU="IdToken",tU="RefreshToken",rU="SlowDownException",oU="UnauthorizedCl\
ientException",sU="UnsupportedGrantTypeException",nU="accessToken",qr="client",iU="clientId",aU="clientSecret",cU="codeVerifier",pU="code",lU="deviceCode",ye="e\
rror",uU="expiresIn",Or="error_description",dU="grantType",mU="http",Dr="httpError",fU="idToken",Sv="reason",xv="refreshToken",gU="redirectUri",Rv="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",hU="scope",yU="server",EU="tokenType",Re="com.amazonaws.ssooidc",_v=new K(Rv),wv=[-3,Rv,"SSOOIDCServiceException",0,[],[]];_v.
registerError(wv,Ne);Rr=new K(Re),Iv=[-3,Re,HL,{[ye]:qr,[Dr]:400},[ye,Sv,Or],[0,0,0]];Rr.registerError(Iv,Ci);Tv=[-3,Re,BL,{[ye]:qr,[Dr]:400},[ye,Or],[0,0]];Rr.
registerError(Tv,bi);vv=[-3,Re,KL,{[ye]:qr,[Dr]:400},[ye,Or],[0,0]];Rr.registerError(vv,Pi);Av=[-3,Re,QL,{[ye]:yU,[Dr]:500},[ye,Or],[0,0]];Rr.registerError(Av,Oi);
Cv=[-3,Re,JL,{[ye]:qr,[Dr]:401},[ye,Or],[0,0]];Rr.registerError(Cv,Di);bv=[-3,Re,XL,{[ye]:qr,[Dr]:400},[ye,Or],[0,0]];Rr.registerError(bv,Ni);Pv=[-3,Re,YL,{[ye]:qr,
[Dr]:400},[ye,Sv,Or],[0,0,0]];Rr.registerError(Pv,ki);Ov=[-3,Re,ZL,{[ye]:qr,[Dr]:400},[ye,Or],[0,0]];Rr.registerError(Ov,$i);Dv=[-3,Re,rU,{[ye]:qr,[Dr]:400},[ye,
Or],[0,0]];Rr.registerError(Dv,Li);Nv=[-3,Re,oU,{[ye]:qr,[Dr]:400},[ye,Or],[0,0]];Rr.registerError(Nv,Ui);kv=[-3,Re,sU,{[ye]:qr,[Dr]:400},[ye,Or],[0,0]];Rr.registerError(
kv,Fi);Xg=[_v,Rr],SU=[0,Re,GL,8,0],xU=[0,Re,zL,8,0],RU=[0,Re,qL,8,0],_U=[0,Re,eU,8,0],$v=[0,Re,tU,8,0],Lv=[3,Re,VL,0,[iU,aU,dU,lU,pU,xv,hU,gU,cU],[0,[()=>xU,0],
0,0,0,[()=>$v,0],64,0,[()=>RU,0]],3],Uv=[3,Re,WL,0,[nU,EU,uU,xv,fU],[[()=>SU,0],0,1,[()=>$v,0],[()=>_U,0]]],Yg=[9,Re,jL,{[mU]:["POST","/token",200]},()=>Lv,()=>Uv]});var Fv,Mv=p(()=>{he();vo();De();Vr();v();U();P();Bg();Ev();Ap();Fv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??yv,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
JT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new Se,protocol:t?.protocol??no,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Xg,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??Qe,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var Hv,Bv=p(()=>{vi();F();he();v();$();tt();P();so();Mv();Hv=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=Fv(t);ct(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??
ut,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:Io.version}),maxAttempts:t?.
maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).
retryMode||Be},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.
userAgentAppId??_(Ut,s)}}});var Gv,zv,jv=p(()=>{Gv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},zv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Vv,Wv=p(()=>{F();v();U();jv();Vv=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),Gv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),
zv(r))}});var Mi,Qg=p(()=>{F();De();v();$();j();U();tt();Q();Bg();Gg();Bv();Wv();Mi=class extends xe{config;constructor(...[e]){let r=Hv(e||{});super(r),this.initConfig=r;
let o=YT(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=Kt(a),l=XT(c),u=Vv(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use(
$t(this.config)),this.middlewareStack.use(Xt(this.config)),this.middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.
use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:KT,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}}});var qv,Kv,Jv,Xv=p(()=>{v();j();Gg();qv=Rt(QT,"AWSSSOOIDCService","SSOOIDCClient",Jt),Kv={},Jv=(t,e,r,o)=>[]});var Hi,Zg=p(()=>{Xv();Ap();Hi=class extends qv(Kv,Jv,"CreateToken",Yg){}});var wU,Cp,Yv=p(()=>{v();Zg();Qg();wU={CreateTokenCommand:Hi},Cp=class extends Mi{};to(wU,Cp)});var Qv=p(()=>{Zg()});var IU,TU,Zv=p(()=>{IU={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},TU={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var eA=p(()=>{});var eh={};cr(eh,{$Command:()=>Sr,AccessDeniedException:()=>Ci,AccessDeniedException$:()=>Iv,AccessDeniedExceptionReason:()=>IU,AuthorizationPendingException:()=>bi,
AuthorizationPendingException$:()=>Tv,CreateToken$:()=>Yg,CreateTokenCommand:()=>Hi,CreateTokenRequest$:()=>Lv,CreateTokenResponse$:()=>Uv,ExpiredTokenException:()=>Pi,
ExpiredTokenException$:()=>vv,InternalServerException:()=>Oi,InternalServerException$:()=>Av,InvalidClientException:()=>Di,InvalidClientException$:()=>Cv,InvalidGrantException:()=>Ni,
InvalidGrantException$:()=>bv,InvalidRequestException:()=>ki,InvalidRequestException$:()=>Pv,InvalidRequestExceptionReason:()=>TU,InvalidScopeException:()=>$i,InvalidScopeException$:()=>Ov,
SSOOIDC:()=>Cp,SSOOIDCClient:()=>Mi,SSOOIDCServiceException:()=>Ne,SSOOIDCServiceException$:()=>wv,SlowDownException:()=>Li,SlowDownException$:()=>Dv,UnauthorizedClientException:()=>Ui,
UnauthorizedClientException$:()=>Nv,UnsupportedGrantTypeException:()=>Fi,UnsupportedGrantTypeException$:()=>kv,__Client:()=>xe,errorTypeRegistries:()=>Xg});var th=p(
()=>{Qg();Yv();Qv();v();Ap();Zv();Jg();eA();vp()});var tA,rA=p(()=>{tA=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(th(),eh)),s=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:s("logger"),userAgentAppId:s("userAgentAppId")}))}});var oA,sA=p(()=>{rA();oA=async(t,e,r={},o)=>{let{CreateTokenCommand:s}=await Promise.resolve().then(()=>(th(),eh));return(await tA(e,r,o)).send(new s({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var rh,nA=p(()=>{$();Ep();rh=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new dr(`Token is expired. ${un}`,!1)}});var Ao,iA=p(()=>{$();Ep();Ao=(t,e,r=!1)=>{if(typeof e>"u")throw new dr(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${un}`,!1)}});var aA,vU,cA,pA=p(()=>{$();aA=require("node:fs"),{writeFile:vU}=aA.promises,cA=(t,e)=>{let r=Bn(t),o=JSON.stringify(e,null,2);return vU(r,o)}});var lA,bp,oh,uA=p(()=>{$();Ep();sA();nA();iA();pA();lA=new Map,bp=new Map,oh=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Ar(t),o=mt({profile:t.profile??e?.profile}),s=r[o];if(s){if(!s.sso_session)throw new dr(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new dr(`Profile '${o}' could not be found in shared credentials file.`,!1);let n=s.sso_session,i=bp.get(n);if(i)return await i;let c=(await qn(
t))[n];if(!c)throw new dr(`Sso session '${n}' could not be found in shared credentials file.`,!1);for(let S of["sso_start_url","sso_region"])if(!c[S])throw new dr(
`Sso session '${n}' is missing required property '${S}'.`,!1);let l=c.sso_start_url,u=c.sso_region,d;try{d=await zn(n)}catch{throw new dr(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${un}`,!1)}Ao("accessToken",d.accessToken),Ao("expiresAt",d.expiresAt);let{accessToken:m,expiresAt:f}=d,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=bp.get(n);if(y)return await y;let h=lA.get(n)??0;if(Date.now()-h<30*1e3)
return rh(g),g;Ao("clientId",d.clientId,!0),Ao("clientSecret",d.clientSecret,!0),Ao("refreshToken",d.refreshToken,!0);let E=(async()=>{try{lA.set(n,Date.now());
let S=await oA(d,u,t,e);Ao("accessToken",S.accessToken),Ao("expiresIn",S.expiresIn);let I=new Date(Date.now()+S.expiresIn*1e3);try{await cA(n,{...d,accessToken:S.
accessToken,expiresAt:I.toISOString(),refreshToken:S.refreshToken})}catch{}return{token:S.accessToken,expiration:I}}catch{return rh(g),g}})();bp.set(n,E);try{return await E}finally{
bp.delete(n)}}});var dA=p(()=>{uA()});function CU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function bU(t){return{schemeId:"smithy.api#noAuth"}}var mA,fA,gA,sh=p(()=>{he();v();mA=async(t,e,r)=>({operation:te(e).operation,region:await V(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});fA=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
bU(t)):e.push(CU(t)),e},gA=t=>{let e=Yt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var hA,yA,nh=p(()=>{hA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),yA={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Bi,fs,Pp,EA,_A,Op,ih,SA,ah,fn,xA,RA,PU,Zt,OU,wA,IA=p(()=>{j();Bi="ref",fs=-1,Pp=!0,EA="isSet",_A="PartitionResult",Op="booleanEquals",ih="getAttr",SA={[Bi]:"\
Endpoint"},ah={[Bi]:_A},fn={},xA=[{[Bi]:"Region"}],RA={conditions:[[EA,[SA]],[EA,xA],["aws.partition",xA,_A],[Op,[{[Bi]:"UseFIPS"},Pp]],[Op,[{[Bi]:"UseDualStack"},
Pp]],[Op,[{fn:ih,argv:[ah,"supportsDualStack"]},Pp]],[Op,[{fn:ih,argv:[ah,"supportsFIPS"]},Pp]],["stringEquals",[{fn:ih,argv:[ah,"name"]},"aws-us-gov"]]],results:[
[fs],[fs,"Invalid Configuration: FIPS and custom endpoint are not supported"],[fs,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[SA,
fn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",fn],[fs,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",fn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",fn],[fs,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",fn],[fs,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",fn],[fs,"Invalid Configuration: Missing Region"]]},PU=2,Zt=1e8,OU=new Int32Array([-1,1,
-1,0,13,3,1,4,Zt+12,2,5,Zt+12,3,8,6,4,7,Zt+11,5,Zt+9,Zt+10,4,11,9,6,10,Zt+8,7,Zt+6,Zt+7,5,12,Zt+5,6,Zt+4,Zt+5,3,Zt+1,14,4,Zt+2,Zt+3]),wA=Ue.from(OU,PU,RA.conditions,
RA.results)});var DU,TA,vA=p(()=>{F();j();IA();DU=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),TA=(t,e={})=>DU.get(t,()=>It(wA,{endpointParams:t,logger:e.
logger}));ve.aws=rt});var io,ch=p(()=>{v();io=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Dp,Np,kp,$p,ph=p(()=>{ch();Dp=class t extends io{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Np=class t extends io{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},kp=class t extends io{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$p=class t extends io{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var NU,kU,$U,LU,UU,FU,MU,HU,BU,GU,zU,jU,VU,WU,qU,Lp,Up,KU,JU,Fp,XU,AA,Mp,YU,QU,ZU,CA,eF,tF,rF,_r,bA,oF,Gi,sF,nF,iF,aF,PA,cF,pF,lF,uF,dF,mF,OA,Hp=p(()=>{Q();ph();
ch();NU="AccessTokenType",kU="GetRoleCredentials",$U="GetRoleCredentialsRequest",LU="GetRoleCredentialsResponse",UU="InvalidRequestException",FU="RoleCredential\
s",MU="ResourceNotFoundException",HU="SecretAccessKeyType",BU="SessionTokenType",GU="TooManyRequestsException",zU="UnauthorizedException",jU="accountId",VU="acc\
essKeyId",WU="accessToken",qU="account_id",Lp="client",Up="error",KU="expiration",JU="http",Fp="httpError",XU="httpHeader",AA="httpQuery",Mp="message",YU="roleC\
redentials",QU="roleName",ZU="role_name",CA="smithy.ts.sdk.synthetic.com.amazonaws.sso",eF="secretAccessKey",tF="sessionToken",rF="x-amz-sso_bearer_token",_r="c\
om.amazonaws.sso",bA=new K(CA),oF=[-3,CA,"SSOServiceException",0,[],[]];bA.registerError(oF,io);Gi=new K(_r),sF=[-3,_r,UU,{[Up]:Lp,[Fp]:400},[Mp],[0]];Gi.registerError(
sF,Dp);nF=[-3,_r,MU,{[Up]:Lp,[Fp]:404},[Mp],[0]];Gi.registerError(nF,Np);iF=[-3,_r,GU,{[Up]:Lp,[Fp]:429},[Mp],[0]];Gi.registerError(iF,kp);aF=[-3,_r,zU,{[Up]:Lp,
[Fp]:401},[Mp],[0]];Gi.registerError(aF,$p);PA=[bA,Gi],cF=[0,_r,NU,8,0],pF=[0,_r,HU,8,0],lF=[0,_r,BU,8,0],uF=[3,_r,$U,0,[QU,jU,WU],[[0,{[AA]:ZU}],[0,{[AA]:qU}],
[()=>cF,{[XU]:rF}]],3],dF=[3,_r,LU,0,[YU],[[()=>mF,0]]],mF=[3,_r,FU,0,[VU,eF,tF,KU],[0,[()=>pF,0],[()=>lF,0],1]],OA=[9,_r,kU,{[JU]:["GET","/federation/credentia\
ls",200]},()=>uF,()=>dF]});var DA,NA=p(()=>{he();vo();De();Vr();v();U();P();sh();vA();Hp();DA=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??TA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
fA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new Se,protocol:t?.protocol??no,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:PA,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??Qe,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var kA,$A=p(()=>{vi();F();he();v();$();tt();P();so();NA();kA=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=DA(t);ct(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??
ut,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:Io.version}),maxAttempts:t?.
maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).
retryMode||Be},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.
userAgentAppId??_(Ut,s)}}});var LA,UA,FA=p(()=>{LA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},UA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var MA,HA=p(()=>{F();v();U();FA();MA=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),LA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),
UA(r))}});var gn,lh=p(()=>{F();De();v();$();j();U();tt();Q();sh();nh();$A();HA();gn=class extends xe{config;constructor(...[e]){let r=kA(e||{});super(r),this.initConfig=r;
let o=hA(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=Kt(a),l=gA(c),u=MA(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use(
$t(this.config)),this.middlewareStack.use(Xt(this.config)),this.middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.
use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:mA,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}}});var BA,GA,zA,jA=p(()=>{v();j();nh();BA=Rt(yA,"SWBPortalService","SSOClient",Jt),GA={},zA=(t,e,r,o)=>[]});var hn,uh=p(()=>{jA();Hp();hn=class extends BA(GA,zA,"GetRoleCredentials",OA){}});var fF,dh,VA=p(()=>{v();uh();lh();fF={GetRoleCredentialsCommand:hn},dh=class extends gn{};to(fF,dh)});var WA=p(()=>{uh()});var qA=p(()=>{});var KA=p(()=>{lh();VA();WA();Hp();ph();qA()});var JA={};cr(JA,{GetRoleCredentialsCommand:()=>hn,SSOClient:()=>gn});var XA=p(()=>{KA()});var zi,mh,YA=p(()=>{F();dA();$();zi=!1,mh=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:s,ssoClient:n,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:u,configFilepath:d,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let Vt=await oh({profile:l,filepath:u,configFilepath:d,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:Vt.token,expiresAt:new Date(Vt.expiration).toISOString()}}catch(Vt){throw new w(Vt.message,{tryNextLink:zi,logger:f})}else try{g=await zn(t)}catch{
throw new w(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:zi,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new w(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:zi,logger:f});let{accessToken:h}=g,{SSOClient:E,GetRoleCredentialsCommand:S}=await Promise.resolve().then(()=>(XA(),JA)),
I=n||new E(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
R;try{R=await I.send(new S({accountId:r,roleName:s,accessToken:h}))}catch(Vt){throw new w(Vt,{tryNextLink:zi,logger:f})}let{roleCredentials:{accessKeyId:T,secretAccessKey:M,
sessionToken:oe,expiration:hr,credentialScope:$r,accountId:me}={}}=R;if(!T||!M||!oe||!hr)throw new w("SSO returns an invalid temporary credential.",{tryNextLink:zi,
logger:f});let ke={accessKeyId:T,secretAccessKey:M,sessionToken:oe,expiration:new Date(hr),...$r&&{credentialScope:$r},...me&&{accountId:me}};return e?B(ke,"CRE\
DENTIALS_SSO","s"):B(ke,"CREDENTIALS_SSO_LEGACY","u"),ke}});var Bp,fh=p(()=>{$();Bp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:s,sso_role_name:n}=t;if(!r||!o||!s||!n)throw new w(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var QA,ZA=p(()=>{$();Hg();YA();fh();QA=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:s,ssoRoleName:n,ssoSession:i}=t,{ssoClient:a}=t,c=mt({profile:t.profile??e?.profile});if(!r&&!o&&!s&&!n&&!i){let u=(await Ar(t))[c];if(!u)
throw new w(`Profile ${c} was not found.`,{logger:t.logger});if(!yp(u))throw new w(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(u?.
sso_session){let E=(await qn(t))[u.sso_session],S=` configurations in profile ${c} and sso-session ${u.sso_session}`;if(s&&s!==E.sso_region)throw new w("Conflic\
ting SSO region"+S,{tryNextLink:!1,logger:t.logger});if(r&&r!==E.sso_start_url)throw new w("Conflicting SSO start_url"+S,{tryNextLink:!1,logger:t.logger});u.sso_region=
E.sso_region,u.sso_start_url=E.sso_start_url}let{sso_start_url:d,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=Bp(u,t.logger);return mh({ssoStartUrl:d,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!s||!n)throw new w('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return mh({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:s,ssoRoleName:n,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var gh={};cr(gh,{fromSSO:()=>QA,isSsoProfile:()=>yp,validateSsoProfile:()=>Bp});var hh=p(()=>{ZA();Hg();fh()});var eC,yh,tC=p(()=>{F();$();eC=(t,e,r)=>{let o={EcsContainer:async s=>{let{fromHttp:n}=await Promise.resolve().then(()=>(Mg(),Fg)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(fp(),mp));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>qo(n(s??{}),i(s))().then(yh)},Ec2InstanceMetadata:async s=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:n}=await Promise.resolve().then(()=>(fp(),mp));return async()=>n(
s)().then(yh)},Environment:async s=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:n}=await Promise.resolve().then(()=>(Ag(),KI));
return async()=>n(s)().then(yh)}};if(t in o)return o[t];throw new w(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},yh=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var En,gs,ji,rC,lC,Vi,je,Eh,oC,sC,nC,iC,aC,Ve,Sh,yn,cC,pC,gF,X,hF,uC,dC=p(()=>{j();En="ref",gs=-1,ji=!0,rC="isSet",lC="PartitionResult",Vi="booleanEquals",je="s\
tringEquals",Eh="getAttr",oC="us-east-1",sC="sigv4",nC="sts",iC="https://sts.{Region}.{PartitionResult#dnsSuffix}",aC={[En]:"Endpoint"},Ve={[En]:"Region"},Sh={[En]:lC},
yn={},cC=[Ve],pC={conditions:[[rC,[aC]],[rC,cC],["aws.partition",cC,lC],[Vi,[{[En]:"UseFIPS"},ji]],[Vi,[{[En]:"UseDualStack"},ji]],[je,[Ve,"aws-global"]],[Vi,[{
[En]:"UseGlobalEndpoint"},ji]],[je,[Ve,"eu-central-1"]],[Vi,[{fn:Eh,argv:[Sh,"supportsDualStack"]},ji]],[Vi,[{fn:Eh,argv:[Sh,"supportsFIPS"]},ji]],[je,[Ve,"ap-s\
outh-1"]],[je,[Ve,"eu-north-1"]],[je,[Ve,"eu-west-1"]],[je,[Ve,"eu-west-2"]],[je,[Ve,"eu-west-3"]],[je,[Ve,"sa-east-1"]],[je,[Ve,oC]],[je,[Ve,"us-east-2"]],[je,
[Ve,"us-west-2"]],[je,[Ve,"us-west-1"]],[je,[Ve,"ca-central-1"]],[je,[Ve,"ap-southeast-1"]],[je,[Ve,"ap-northeast-1"]],[je,[Ve,"ap-southeast-2"]],[je,[{fn:Eh,argv:[
Sh,"name"]},"aws-us-gov"]]],results:[[gs],["https://sts.amazonaws.com",{authSchemes:[{name:sC,signingName:nC,signingRegion:oC}]}],[iC,{authSchemes:[{name:sC,signingName:nC,
signingRegion:"{Region}"}]}],[gs,"Invalid Configuration: FIPS and custom endpoint are not supported"],[gs,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[aC,yn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",yn],[gs,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",yn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",yn],[gs,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",yn],[gs,"DualStack is enabled but this partition does not support D\
ualStack"],[iC,yn],[gs,"Invalid Configuration: Missing Region"]]},gF=2,X=1e8,hF=new Int32Array([-1,1,-1,0,30,3,1,4,X+14,2,5,X+14,3,25,6,4,24,7,5,X+1,8,6,9,X+13,
7,X+1,10,10,X+1,11,11,X+1,12,12,X+1,13,13,X+1,14,14,X+1,15,15,X+1,16,16,X+1,17,17,X+1,18,18,X+1,19,19,X+1,20,20,X+1,21,21,X+1,22,22,X+1,23,23,X+1,X+2,8,X+11,X+12,
4,28,26,9,27,X+10,24,X+8,X+9,8,29,X+7,9,X+6,X+7,3,X+3,31,4,X+4,X+5]),uC=Ue.from(hF,gF,pC.conditions,pC.results)});var yF,Gp,xh=p(()=>{F();j();dC();yF=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Gp=(t,e={})=>yF.get(t,()=>It(uC,
{endpointParams:t,logger:e.logger}));ve.aws=rt});function fC(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Rh(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function gC(t){return{schemeId:"smithy.api#noAuth"}}var EF,SF,mC,xF,RF,hC,yC,_h=p(()=>{he();Si();v();j();xh();EF=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let s=await t(e,r,o),n=te(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!n)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Gs(o,{getEndpointParameterInstructions:n},e);return Object.
assign(s,i)},SF=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),mC=EF(SF);xF=(t,e,r)=>s=>{let i=t(s).properties?.authSchemes;if(!i)return e(s);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(E=>{let S=E.
name.toLowerCase();return S!=="sigv4a"&&S.startsWith("sigv4")});if(Pr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(s);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},RF=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(gC(t)),e.push(Rh(t))):(e.push(fC(t)),e.push(Rh(t))),e},hC=xF(Gp,RF,{"aws.auth#sigv4":fC,"aws.auth#sigv4a":Rh,"smithy.api#noA\
uth":gC}),yC=t=>{let e=Yt(t),r=on(e);return Object.assign(r,{authSchemePreference:V(t.authSchemePreference??[])})}});var EC,SC,wh=p(()=>{EC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),SC={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var er,zp=p(()=>{v();er=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Wi,qi,Ki,Ji,Xi,Yi,Qi,Ih=p(()=>{zp();Wi=class t extends er{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="clie\
nt";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qi=class t extends er{static shapeId="co\
m.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ki=class t extends er{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="\
PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ji=class t extends er{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"Regi\
onDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xi=class t extends er{static shapeId="com.amazonaws.sts#IDPRejectedClaimEx\
ception";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Yi=class t extends er{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){
super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qi=class t extends er{static shapeId="com.amazonaws\
.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}}});var _F,wF,IF,TF,vF,AF,Th,CF,bF,PF,OF,vh,DF,xC,NF,kF,$F,LF,UF,FF,MF,HF,RC,_C,wC,BF,GF,zF,jF,VF,WF,IC,qF,KF,TC,JF,vC,XF,YF,Ah,QF,ZF,AC,CC,eM,tM,rM,oM,sM,nM,iM,aM,
hs,ys,cM,Es,Ss,xs,pM,bC,lM,ie,PC,OC,Co,DC,NC,kC,$C,LC,UC,FC,Ch,uM,dM,bh,MC,HC,BC,GC,Ph,zC,jC,VC,WC,mM,fM,Oh,Dh,Zi=p(()=>{Q();Ih();zp();_F="Arn",wF="AccessKeyId",
IF="AssumeRole",TF="AssumedRoleId",vF="AssumeRoleRequest",AF="AssumeRoleResponse",Th="AssumedRoleUser",CF="AssumeRoleWithWebIdentity",bF="AssumeRoleWithWebIdent\
ityRequest",PF="AssumeRoleWithWebIdentityResponse",OF="Audience",vh="Credentials",DF="ContextAssertion",xC="DurationSeconds",NF="Expiration",kF="ExternalId",$F=
"ExpiredTokenException",LF="IDPCommunicationErrorException",UF="IDPRejectedClaimException",FF="InvalidIdentityTokenException",MF="Key",HF="MalformedPolicyDocume\
ntException",RC="MinimumSessionTokenSize",_C="Policy",wC="PolicyArns",BF="ProviderArn",GF="ProvidedContexts",zF="ProvidedContextsListType",jF="ProvidedContext",
VF="PolicyDescriptorType",WF="ProviderId",IC="PackedPolicySize",qF="PackedPolicyTooLargeException",KF="Provider",TC="RoleArn",JF="RegionDisabledException",vC="R\
oleSessionName",XF="SecretAccessKey",YF="SubjectFromWebIdentityToken",Ah="SourceIdentity",QF="SerialNumber",ZF="SessionToken",AC="SessionTokenSize",CC="SessionT\
okenUtilization",eM="Tags",tM="TokenCode",rM="TransitiveTagKeys",oM="Tag",sM="Value",nM="WebIdentityToken",iM="arn",aM="accessKeySecretType",hs="awsQueryError",
ys="client",cM="clientTokenType",Es="error",Ss="httpError",xs="message",pM="policyDescriptorListType",bC="smithy.ts.sdk.synthetic.com.amazonaws.sts",lM="tagList\
Type",ie="com.amazonaws.sts",PC=new K(bC),OC=[-3,bC,"STSServiceException",0,[],[]];PC.registerError(OC,er);Co=new K(ie),DC=[-3,ie,$F,{[hs]:["ExpiredTokenExcepti\
on",400],[Es]:ys,[Ss]:400},[xs],[0]];Co.registerError(DC,Wi);NC=[-3,ie,LF,{[hs]:["IDPCommunicationError",400],[Es]:ys,[Ss]:400},[xs],[0]];Co.registerError(NC,Qi);
kC=[-3,ie,UF,{[hs]:["IDPRejectedClaim",403],[Es]:ys,[Ss]:403},[xs],[0]];Co.registerError(kC,Xi);$C=[-3,ie,FF,{[hs]:["InvalidIdentityToken",400],[Es]:ys,[Ss]:400},
[xs],[0]];Co.registerError($C,Yi);LC=[-3,ie,HF,{[hs]:["MalformedPolicyDocument",400],[Es]:ys,[Ss]:400},[xs],[0]];Co.registerError(LC,qi);UC=[-3,ie,qF,{[hs]:["Pa\
ckedPolicyTooLarge",400],[Es]:ys,[Ss]:400},[xs],[0]];Co.registerError(UC,Ki);FC=[-3,ie,JF,{[hs]:["RegionDisabledException",403],[Es]:ys,[Ss]:403},[xs],[0]];Co.registerError(
FC,Ji);Ch=[PC,Co],uM=[0,ie,aM,8,0],dM=[0,ie,cM,8,0],bh=[3,ie,Th,0,[TF,_F],[0,0],2],MC=[3,ie,vF,0,[TC,vC,wC,_C,xC,eM,rM,kF,QF,tM,Ah,GF,RC],[0,0,()=>WC,0,1,()=>fM,
64,0,0,0,0,()=>mM,1],2],HC=[3,ie,AF,0,[vh,Th,IC,Ah,CC,AC],[[()=>Ph,0],()=>bh,1,0,1,1]],BC=[3,ie,bF,0,[TC,vC,nM,WF,wC,_C,xC,RC],[0,0,[()=>dM,0],0,()=>WC,0,1,1],3],
GC=[3,ie,PF,0,[vh,YF,Th,IC,KF,OF,Ah,CC,AC],[[()=>Ph,0],0,()=>bh,1,0,0,0,1,1]],Ph=[3,ie,vh,0,[wF,XF,ZF,NF],[0,[()=>uM,0],0,4],4],zC=[3,ie,VF,0,[iM],[0]],jC=[3,ie,
jF,0,[BF,DF],[0,0]],VC=[3,ie,oM,0,[MF,sM],[0,0],2],WC=[1,ie,pM,0,()=>zC],mM=[1,ie,zF,0,()=>jC],fM=[1,ie,lM,0,()=>VC],Oh=[9,ie,IF,0,()=>MC,()=>HC],Dh=[9,ie,CF,0,
()=>BC,()=>GC]});var qC,KC=p(()=>{he();vo();Si();De();Vr();v();U();P();_h();xh();Zi();qC=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Gp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
hC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new xr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new Se,protocol:t?.protocol??ds,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Ch,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??Qe,signerConstructor:t?.signerConstructor??Pr,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,
utf8Encoder:t?.utf8Encoder??Z})});var JC,XC=p(()=>{vi();F();he();De();v();$();tt();P();so();KC();JC=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=qC(t);ct(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??
ut,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:Io.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ne},{schemeId:"aws.auth#sigv4a",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4a"),signer:new xr},{schemeId:"smithy.api#noAuth",identityProvider:n=>n.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],maxAttempts:t?.maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).retryMode||Be},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
sn,s),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.
userAgentAppId??_(Ut,s)}}});var YC,QC,ZC=p(()=>{YC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},QC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var eb,tb=p(()=>{F();v();U();ZC();eb=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),YC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),
QC(r))}});var bo,jp=p(()=>{F();De();v();$();j();U();tt();Q();_h();wh();XC();tb();bo=class extends xe{config;constructor(...[e]){let r=JC(e||{});super(r),this.initConfig=r;
let o=EC(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=Kt(a),l=yC(c),u=eb(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use(
$t(this.config)),this.middlewareStack.use(Xt(this.config)),this.middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.
use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:mC,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}}});var Vp,Wp,qp,Nh=p(()=>{v();j();wh();Vp=Rt(SC,"AWSSecurityTokenServiceV20110615","STSClient",Jt),Wp={},qp=(t,e,r,o)=>[]});var Rs,Kp=p(()=>{Nh();Zi();Rs=class extends Vp(Wp,qp,"AssumeRole",Oh){}});var _s,Jp=p(()=>{Nh();Zi();_s=class extends Vp(Wp,qp,"AssumeRoleWithWebIdentity",Dh){}});var gM,Xp,rb=p(()=>{v();Kp();Jp();jp();gM={AssumeRoleCommand:Rs,AssumeRoleWithWebIdentityCommand:_s},Xp=class extends bo{};to(gM,Xp)});var ob=p(()=>{Kp();Jp()});var sb=p(()=>{});var nb,ib,ab,cb,pb,lb=p(()=>{F();Kp();Jp();nb=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},ib=async(t,e,r,o={})=>{
let s=typeof t=="function"?await t():t,n=typeof e=="function"?await e():e,i="",a=s??n??(i=await og(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${s} (credential provider clientConfig)`,`${n} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},ab=
(t,e)=>{let r,o;return async(s,n)=>{if(o=s,!r){let{logger:u=t?.parentClientConfig?.logger,profile:d=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await ib(m,t?.parentClientConfig?.region,
g,{logger:u,profile:d}),E=!pb(f);r=new e({...t,userAgentAppId:y,profile:d,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:E?f:void 0,logger:u})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new Rs(n));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${n.RoleArn}`);let c=nb(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},cb=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:u,requestHandler:d=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await ib(u,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!pb(d);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?d:void 0,logger:c})}let{Credentials:s,AssumedRoleUser:n}=await r.send(new _s(o));if(!s||!s.AccessKeyId||!s.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=nb(n),a={accessKeyId:s.AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.
SessionToken,expiration:s.Expiration,...s.CredentialScope&&{credentialScope:s.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},pb=t=>t?.metadata?.handlerProtocol==="h2"});var ub,db,mb,hM,fb=p(()=>{lb();jp();ub=(t,e)=>e?class extends t{constructor(o){super(o);for(let s of e)this.middlewareStack.use(s)}}:t,db=(t={},e)=>ab(t,ub(bo,e)),
mb=(t={},e)=>cb(t,ub(bo,e)),hM=t=>e=>t({roleAssumer:db(e),roleAssumerWithWebIdentity:mb(e),...e})});var kh={};cr(kh,{$Command:()=>Sr,AssumeRole$:()=>Oh,AssumeRoleCommand:()=>Rs,AssumeRoleRequest$:()=>MC,AssumeRoleResponse$:()=>HC,AssumeRoleWithWebIdentity$:()=>Dh,
AssumeRoleWithWebIdentityCommand:()=>_s,AssumeRoleWithWebIdentityRequest$:()=>BC,AssumeRoleWithWebIdentityResponse$:()=>GC,AssumedRoleUser$:()=>bh,Credentials$:()=>Ph,
ExpiredTokenException:()=>Wi,ExpiredTokenException$:()=>DC,IDPCommunicationErrorException:()=>Qi,IDPCommunicationErrorException$:()=>NC,IDPRejectedClaimException:()=>Xi,
IDPRejectedClaimException$:()=>kC,InvalidIdentityTokenException:()=>Yi,InvalidIdentityTokenException$:()=>$C,MalformedPolicyDocumentException:()=>qi,MalformedPolicyDocumentException$:()=>LC,
PackedPolicyTooLargeException:()=>Ki,PackedPolicyTooLargeException$:()=>UC,PolicyDescriptorType$:()=>zC,ProvidedContext$:()=>jC,RegionDisabledException:()=>Ji,RegionDisabledException$:()=>FC,
STS:()=>Xp,STSClient:()=>bo,STSServiceException:()=>er,STSServiceException$:()=>OC,Tag$:()=>VC,__Client:()=>xe,decorateDefaultCredentialProvider:()=>hM,errorTypeRegistries:()=>Ch,
getDefaultRoleAssumer:()=>db,getDefaultRoleAssumerWithWebIdentity:()=>mb});var $h=p(()=>{jp();rb();ob();v();Zi();Ih();sb();fb();zp()});var hb,yM,EM,yb,gb,Eb=p(()=>{F();$();tC();hb=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(yM(t,{
profile:e,logger:r})||EM(t,{profile:e,logger:r})),yM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},EM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},yb=async(t,e,r,o,s={},n)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:u}=await Promise.resolve().then(()=>($h(),kh));
r.roleAssumer=u({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in s)throw new w(`Detected a cycle attempting to resolve credentials for profile ${mt(r)}. Profiles visited: `+Object.keys(
s).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?n(a,e,r,o,{...s,[a]:!0},gb(e[a]??{})):(await eC(i.credential_source,t,r.logger)(r))();if(gb(i))return l.then(u=>B(u,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let u={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:d}=i;if(d){if(!r.mfaCodeProvider)throw new w(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});u.SerialNumber=d,u.TokenCode=await r.mfaCodeProvider(d)}let m=await l;return r.roleAssumer(m,u).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},gb=t=>!t.role_arn&&!!t.credential_source});function SM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function xM(t){return{schemeId:"smithy.api#noAuth"}}var Sb,xb,Rb,Lh=p(()=>{he();v();Sb=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});xb=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(xM(t)):e.push(SM(
t)),e},Rb=t=>{let e=Yt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var _b,wb,Uh=p(()=>{_b=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),wb=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Do,Po,Ib,Sn,Tb,xn,vb,Mh,ao,Fh,Ab,Cb,Oo,Db,bb,Yp,st,Pb,Ob,RM,G,_M,Nb,kb=p(()=>{j();Do="ref",Po=-1,Ib=!1,Sn=!0,Tb="isSet",xn="booleanEquals",vb="coalesce",Mh=
"PartitionResult",ao="stringEquals",Fh="getAttr",Ab="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",Cb={[Do]:"Endpoint"},Oo={fn:Fh,argv:[{[Do]:Mh},
"name"]},Db={[Do]:"Region"},bb={[Do]:Mh},Yp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},st={},Pb=[Db],Ob={conditions:[[Tb,Pb],[
xn,[{fn:vb,argv:[{[Do]:"IsControlPlane"},Ib]},Sn]],[Tb,[Cb]],["aws.partition",Pb,Mh],[xn,[{[Do]:"UseFIPS"},Sn]],[ao,[Oo,"aws"]],[xn,[{fn:vb,argv:[{[Do]:"IsOAuth\
Endpoint"},Ib]},Sn]],[xn,[{[Do]:"UseDualStack"},Sn]],[ao,[Oo,"aws-cn"]],[ao,[Db,"us-gov-west-1"]],[ao,[Oo,"aws-us-gov"]],[xn,[{fn:Fh,argv:[bb,"supportsFIPS"]},Sn]],
[ao,[Oo,"aws-iso"]],[ao,[Oo,"aws-iso-b"]],[ao,[Oo,"aws-iso-f"]],[ao,[Oo,"aws-iso-e"]],[ao,[Oo,"aws-eusc"]],[xn,[{fn:Fh,argv:[bb,"supportsDualStack"]},Sn]]],results:[
[Po],["https://signin.{Region}.api.aws",Yp],["https://signin.{Region}.api.amazonwebservices.com.cn",Yp],[Ab,Yp],[Po,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Yp],["https://{Region}.signin.aws.amazon.com",st],["https://{Regio\
n}.signin.amazonaws.cn",st],["https://{Region}.signin.amazonaws-us-gov.com",st],["https://{Region}.signin.c2shome.ic.gov",st],["https://{Region}.signin.sc2shome\
.sgov.gov",st],["https://{Region}.signin.csphome.hci.ic.gov",st],["https://{Region}.signin.csphome.adc-e.uk",st],["https://{Region}.signin.amazonaws-eusc.eu",st],
["https://signin-fips.amazonaws-us-gov.com",st],["https://{Region}.signin-fips.amazonaws-us-gov.com",st],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
st],[Po,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Po,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Cb,st],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",st],[Po,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",st],[Po,"FIPS is enabled but this partition does not support FIPS"],[Ab,st],[Po,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",st],[Po,"Invalid Configuration: Missing Region"]]},RM=2,
G=1e8,_M=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,G+27,6,G+4,G+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,G+7,13,10,G+8,14,12,G+9,15,13,G+10,16,14,G+11,17,
15,G+12,18,16,G+13,G+16,6,G+5,20,7,21,G+6,17,G+24,G+25,6,G+4,23,7,27,24,9,G+14,25,10,G+15,26,11,G+22,G+23,11,28,G+21,17,G+20,G+21,2,35,30,3,39,31,4,32,G+27,6,G+
4,33,7,G+27,34,9,G+14,G+27,3,39,36,4,38,37,7,G+18,G+19,6,G+4,G+17,5,G+1,40,8,G+2,G+3]),Nb=Ue.from(_M,RM,Ob.conditions,Ob.results)});var wM,$b,Lb=p(()=>{F();j();kb();wM=new Fe({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),$b=(t,e={})=>wM.get(
t,()=>It(Nb,{endpointParams:t,logger:e.logger}));ve.aws=rt});var Nr,Qp=p(()=>{v();Nr=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ea,ta,ra,oa,Hh=p(()=>{Qp();ea=class t extends Nr{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},ta=class t extends Nr{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},ra=class t extends Nr{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},oa=class t extends Nr{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var IM,TM,vM,AM,CM,bM,PM,OM,DM,NM,kM,$M,LM,UM,FM,Ub,Bh,MM,Vh,Fb,Mb,HM,No,Gh,BM,zh,GM,jb,Wh,Hb,We,el,zM,Zp,Bb,Vb,Gb,zb,jM,VM,WM,jh,qM,nt,Wb,qb,sa,Kb,Jb,Xb,Yb,qh,
KM,Qb,Zb,eP,tP,rP,oP,sP,nP,Kh,Jh,na=p(()=>{Q();Hh();Qp();IM="AccessDeniedException",TM="AccessToken",vM="CreateOAuth2Token",AM="CreateOAuth2TokenRequest",CM="Cr\
eateOAuth2TokenRequestBody",bM="CreateOAuth2TokenResponseBody",PM="CreateOAuth2TokenResponse",OM="CreateOAuth2TokenWithIAM",DM="CreateOAuth2TokenWithIAMRequest",
NM="CreateOAuth2TokenWithIAMResponse",kM="InternalServerException",$M="OAuthAccessToken",LM="RefreshToken",UM="TooManyRequestsError",FM="ValidationException",Ub=
"accessKeyId",Bh="accessToken",MM="access_token",Vh="client",Fb="clientId",Mb="codeVerifier",HM="code",No="error",Gh="expiresIn",BM="expires_in",zh="grantType",
GM="grant_type",jb="http",Wh="httpError",Hb="idToken",We="jsonName",el="message",zM="resource",Zp="refreshToken",Bb="redirectUri",Vb="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",Gb="secretAccessKey",zb="sessionToken",jM="server",VM="tokenInput",WM="tokenOutput",jh="tokenType",qM="token_type",nt="com.amazonaws.signin",
Wb=new K(Vb),qb=[-3,Vb,"SigninServiceException",0,[],[]];Wb.registerError(qb,Nr);sa=new K(nt),Kb=[-3,nt,IM,{[No]:Vh},[No,el],[0,0],2];sa.registerError(Kb,ea);Jb=
[-3,nt,kM,{[No]:jM,[Wh]:500},[No,el],[0,0],2];sa.registerError(Jb,ta);Xb=[-3,nt,UM,{[No]:Vh,[Wh]:429},[No,el],[0,0],2];sa.registerError(Xb,ra);Yb=[-3,nt,FM,{[No]:Vh,
[Wh]:400},[No,el],[0,0],2];sa.registerError(Yb,oa);qh=[Wb,sa],KM=[0,nt,$M,8,0],Qb=[0,nt,LM,8,0],Zb=[3,nt,TM,8,[Ub,Gb,zb],[[0,{[We]:Ub}],[0,{[We]:Gb}],[0,{[We]:zb}]],
3],eP=[3,nt,AM,0,[VM],[[()=>tP,16]],1],tP=[3,nt,CM,0,[Fb,zh,HM,Bb,Mb,Zp],[[0,{[We]:Fb}],[0,{[We]:zh}],0,[0,{[We]:Bb}],[0,{[We]:Mb}],[()=>Qb,{[We]:Zp}]],2],rP=[3,
nt,PM,0,[WM],[[()=>oP,16]],1],oP=[3,nt,bM,0,[Bh,jh,Gh,Zp,Hb],[[()=>Zb,{[We]:Bh}],[0,{[We]:jh}],[1,{[We]:Gh}],[()=>Qb,{[We]:Zp}],[0,{[We]:Hb}]],4],sP=[3,nt,DM,0,
[zh,zM],[[0,{[We]:GM}],0],2],nP=[3,nt,NM,0,[Bh,jh,Gh],[[()=>KM,{[We]:MM}],[0,{[We]:qM}],[1,{[We]:BM}]],3],Kh=[9,nt,vM,{[jb]:["POST","/v1/token",200]},()=>eP,()=>rP],
Jh=[9,nt,OM,{[jb]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>sP,()=>nP]});var iP,aP=p(()=>{he();vo();De();Vr();v();U();P();Lh();Lb();na();iP=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??$b,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
xb,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new Se,protocol:t?.protocol??no,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:qh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??Qe,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var cP,pP=p(()=>{vi();F();he();v();$();tt();P();so();aP();cP=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=iP(t);ct(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??
ut,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:Io.version}),maxAttempts:t?.
maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).
retryMode||Be},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.
userAgentAppId??_(Ut,s)}}});var lP,uP,dP=p(()=>{lP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},uP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var mP,fP=p(()=>{F();v();U();dP();mP=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),lP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),
uP(r))}});var ia,Xh=p(()=>{F();De();v();$();j();U();tt();Q();Lh();Uh();pP();fP();ia=class extends xe{config;constructor(...[e]){let r=cP(e||{});super(r),this.initConfig=r;
let o=_b(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=Kt(a),l=Rb(c),u=mP(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use(
$t(this.config)),this.middlewareStack.use(Xt(this.config)),this.middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.
use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:Sb,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}}});var tl,gP,hP,rl,Yh=p(()=>{v();j();Uh();tl=Rt(wb,"Signin","SigninClient",Jt),gP={IsControlPlane:{type:"staticContextParams",value:!1}},hP={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},rl=(t,e,r,o)=>[]});var aa,Qh=p(()=>{Yh();na();aa=class extends tl(gP,rl,"CreateOAuth2Token",Kh){}});var ca,Zh=p(()=>{Yh();na();ca=class extends tl(hP,rl,"CreateOAuth2TokenWithIAM",Jh){}});var JM,ol,yP=p(()=>{v();Qh();Zh();Xh();JM={CreateOAuth2TokenCommand:aa,CreateOAuth2TokenWithIAMCommand:ca},ol=class extends ia{};to(JM,ol)});var EP=p(()=>{Qh();Zh()});var XM,SP=p(()=>{XM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"\
rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"\
server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"}});var xP=p(()=>{});var RP={};cr(RP,{$Command:()=>Sr,AccessDeniedException:()=>ea,AccessDeniedException$:()=>Kb,AccessToken$:()=>Zb,CreateOAuth2Token$:()=>Kh,CreateOAuth2TokenCommand:()=>aa,
CreateOAuth2TokenRequest$:()=>eP,CreateOAuth2TokenRequestBody$:()=>tP,CreateOAuth2TokenResponse$:()=>rP,CreateOAuth2TokenResponseBody$:()=>oP,CreateOAuth2TokenWithIAM$:()=>Jh,
CreateOAuth2TokenWithIAMCommand:()=>ca,CreateOAuth2TokenWithIAMRequest$:()=>sP,CreateOAuth2TokenWithIAMResponse$:()=>nP,InternalServerException:()=>ta,InternalServerException$:()=>Jb,
OAuth2ErrorCode:()=>XM,Signin:()=>ol,SigninClient:()=>ia,SigninServiceException:()=>Nr,SigninServiceException$:()=>qb,TooManyRequestsError:()=>ra,TooManyRequestsError$:()=>Xb,
ValidationException:()=>oa,ValidationException$:()=>Yb,__Client:()=>xe,errorTypeRegistries:()=>qh});var _P=p(()=>{Xh();yP();EP();v();na();SP();Hh();xP();Qp()});var ko,sl,wP,pa,nl,IP=p(()=>{$();U();ko=require("node:crypto"),sl=require("node:fs"),wP=require("node:os"),pa=require("node:path"),nl=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new w(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),s=new Date(r.accessToken.expiresAt).getTime(),n=new Date(
e.accessToken.expiresAt).getTime(),i=s<=o&&n>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(_P(),RP)),{logger:u,userAgentAppId:d}=this.callerClientConfig??{},f=(S=>S?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:u,userAgentAppId:d,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let E={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let S=await h.send(new l(E)),{accessKeyId:I,secretAccessKey:R,
sessionToken:T}=S.tokenOutput?.accessToken??{},{refreshToken:M,expiresIn:oe}=S.tokenOutput??{};if(!I||!R||!T||!M)throw new w("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let hr=(oe??900)*1e3,$r=new Date(Date.now()+hr),me={...i,accessToken:{...i.accessToken,accessKeyId:I,secretAccessKey:R,
sessionToken:T,expiresAt:$r.toISOString()},refreshToken:M};return await this.saveToken(me),this.toCredentials(me.accessToken)}catch(S){if(S.name==="AccessDenied\
Exception"){let R=S.error,T;switch(R){case"TOKEN_EXPIRED":T="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":T="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":T="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:T=`Failed to refresh token: ${String(
S)}. Please re-authenticate using \`aws login\``}throw new w(T,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(S)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new w(`Failed to refresh tok\
en: ${String(S)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await sl.promises.readFile(
e,"utf8"),o=JSON.parse(r),s=["accessToken","clientId","refreshToken","dpopKey"].filter(n=>!o[n]);if(o.accessToken?.accountId||s.push("accountId"),s.length>0)throw new w(
`Token validation failed, missing fields: ${s.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new w(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,pa.dirname)(r);try{await sl.promises.mkdir(o,{recursive:!0})}catch{}
await sl.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,pa.join)((0,wP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,ko.createHash)("sha256").update(r).digest("hex");return(0,pa.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],s=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let n=e[r++],i=e.subarray(r,r+n);s=s[0]===0?s.subarray(1):s,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-s.length),s]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(z.isInstance(o.request)){let s=o.request,n=`${s.protocol}//${s.
hostname}${s.port?`:${s.port}`:""}${s.path}`,i=await this.generateDpop(s.method,n);s.headers={...s.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let s=(0,ko.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,ko.createPublicKey)(s).export({format:"der",type:"spki"}),a=-1;for(let S=0;S<i.length;S++)if(i[S]===4){a=S;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),u={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},d={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(u)).toString("base64url"),f=Buffer.from(JSON.stringify(d)).toString("base64url"),g=`${m}.${f}`,y=(0,ko.sign)(
"sha256",Buffer.from(g),s),E=this.derToRawSignature(y).toString("base64url");return`${g}.${E}`}catch(s){throw new w(`Failed to generate Dpop proof: ${s instanceof
Error?s.message:String(s)}`,{logger:this.logger,tryNextLink:!1})}}}});var TP,vP=p(()=>{F();$();IP();TP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Ar(
t||{}),o=mt({profile:t?.profile??e?.profile}),s=r[o];if(!s?.login_session)throw new w(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new nl(s,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var AP={};cr(AP,{fromLoginCredentials:()=>TP});var CP=p(()=>{vP()});var bP,PP,OP=p(()=>{F();bP=t=>!!(t&&t.login_session),PP=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(CP(),AP)),s=await o({...e,profile:t})(
{callerClientConfig:r});return B(s,"CREDENTIALS_PROFILE_LOGIN","AC")}});var DP,NP=p(()=>{F();DP=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let n=new Date;if(new Date(e.Expiration)<n)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let s={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(s,"CREDENTIALS_PROCESS","w"),s}});var kP,$P,LP,UP=p(()=>{$();kP=require("node:child_process"),$P=require("node:util");NP();LP=async(t,e,r)=>{let o=e[t];if(e[t]){let s=o.credential_process;if(s!==
void 0){let n=(0,$P.promisify)(Kn?.getTokenRecord?.().exec??kP.exec);try{let{stdout:i}=await n(s),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return DP(t,a,e)}catch(i){throw new w(i.message,{logger:r})}}else throw new w(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new w(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var FP,MP=p(()=>{$();UP();FP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Ar(t);
return LP(mt({profile:t.profile??e?.profile}),r,t.logger)}});var ey={};cr(ey,{fromProcess:()=>FP});var ty=p(()=>{MP()});var HP,BP,GP=p(()=>{F();HP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",BP=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(ty(),ey)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var zP,jP,VP=p(()=>{F();zP=async(t,e,r={},o)=>{let{fromSSO:s}=await Promise.resolve().then(()=>(hh(),gh));return s({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(n=>e.sso_session?B(n,"CREDENTIALS_PROFILE_SSO","r"):B(n,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},jP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var ry,oy,WP=p(()=>{F();ry=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,oy=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var il,sy=p(()=>{il=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:s,
providerId:n,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:u}=await Promise.resolve().then(()=>($h(),kh));
l=u({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:s,ProviderId:n,PolicyArns:i,Policy:a,DurationSeconds:c})}});var KP,qP,YM,QM,JP,XP=p(()=>{F();$();KP=require("node:fs");sy();qP="AWS_WEB_IDENTITY_TOKEN_FILE",YM="AWS_ROLE_ARN",QM="AWS_ROLE_SESSION_NAME",JP=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[qP],o=t?.roleArn??process.env[YM],s=t?.roleSessionName??
process.env[QM];if(!r||!o)throw new w("Web identity configuration not specified",{logger:t.logger});let n=await il({...t,webIdentityToken:Kn?.getTokenRecord?.()[r]??
(0,KP.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:s})(e);return r===process.env[qP]&&B(n,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),n}});var ny={};cr(ny,{fromTokenFile:()=>JP,fromWebToken:()=>il});var iy=p(()=>{XP();sy()});var YP,QP,ZP=p(()=>{F();YP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,QP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(iy(),ny)),s=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(s,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var ay,eO=p(()=>{$();Eb();OP();GP();VP();WP();ZP();ay=async(t,e,r,o,s={},n=!1)=>{let i=e[t];if(Object.keys(s).length>0&&ry(i))return oy(i,r);if(n||hb(i,{profile:t,
logger:r.logger}))return yb(t,e,r,o,s,ay);if(ry(i))return oy(i,r);if(YP(i))return QP(i,r,o);if(HP(i))return BP(r,t);if(jP(i))return await zP(t,i,r,o);if(bP(i))return PP(
t,r,o);throw new w(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var tO,rO=p(()=>{$();eO();tO=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Ar(t);return ay(
mt({profile:t.profile??e?.profile}),r,t,e)}});var oO={};cr(oO,{fromIni:()=>tO});var sO=p(()=>{rO()});var Td=require("node:fs"),Ur=require("node:os"),$y=require("node:stream");var L=class extends Error{constructor(r,o,s){super(`${r}: ${An(o)} ${s}`);this.option=r;this.rule=s;this.name="InputError"}option;rule;exitCode=2},Wt=class extends Error{constructor(r,o,s){
super(r,s);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},qt=class extends Wt{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},yr=class extends Wt{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},we=class extends Wt{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},ya=class extends Wt{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},Tr=class extends Wt{constructor(e){
super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL if the proxy wants one), or list the host in NO_PROXY to reach it directly"),
this.name="ProxyError"}},Ea=class extends Wt{exitCode;constructor(e,r){super(`cancelled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="Canc\
elledError",this.exitCode=128+(e==="SIGINT"?2:15)}},pr=class extends Wt{constructor(e,r){super(e,r),this.name="DockerError"}},ek=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
function An(t,e=80){let r=Array.from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(ek,s=>`\\u${s.
charCodeAt(0).toString(16).padStart(4,"0")}`)}function Sa(t){return t instanceof L?{message:t.message,exitCode:2}:t instanceof Wt?{message:t.message,hint:t.hint,
exitCode:t.exitCode}:{message:t instanceof Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var xa=Lr(require("node:http")),Rd=Lr(require("node:https")),Cy=require("node:net"),by=require("node:tls");var Py=t=>(e,r)=>t?.(e,r);function wd(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||tk(t,
e.no_proxy??e.NO_PROXY??""))return;let s;try{s=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new Tr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(s.protocol!=="http:")throw new Tr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${s.protocol}//${s.host}`);return s}
function tk(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
s=>{if(s==="*")return!0;let n=/^\[([^\]]+)\](?::(\d+))?$/.exec(s)??/^([^:]+)(?::(\d+))?$/.exec(s)??[s,s],i=n[1].replace(/^\*?\./,"").toLowerCase();return n[2]&&
n[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var rk=t=>`${t.protocol}//${t.host}`;function Oy(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Id(t,e,r){return new Tr(`the proxy ${rk(t)} (for ${e}) ${r}`)}function Dy(t,e,r){let o=(0,Cy.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),s=n=>r(Id(t,e,`could not be reached: ${n.code??n.message}`));return o.once("error",s),o.once("\
connect",()=>{o.off("error",s),r(null,o)}),o}var _d=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),Ra=class extends xa.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return wd(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let s=_d(o,80),n=this.
proxy(s);if(n){r.path=`http://${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}${r.path}`;let i=Oy(n);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let u=l[0];return c!=="response"||u.statusCode!==407?a(c,...l):(u.resume(),r.destroy(Id(n,`${s.host}:${s.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}xa.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let s=_d(r,
80),n=this.proxy(s);if(!n)return xa.Agent.prototype.createConnection.call(this,r,o);Dy(n,`${s.host}:${s.port}`,Py(o))}},_a=class extends Rd.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let s=Py(o),n=_d(r,443),i=`${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}`,a=wd(new URL(`https://${i}`),this.
env);if(!a)return Rd.Agent.prototype.createConnection.call(this,r);Dy(a,i,(c,l)=>{if(c||!l)return s(c);let u=Oy(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${u?`Proxy-Authorization: ${u}\r
`:""}\r
`);let d=Buffer.alloc(0),m=h=>{l.destroy(),s(Id(a,i,h))},f=h=>{if(d=Buffer.concat([d,h]),d.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",y);let S=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(d.toString("latin1"));if(S?.[1]!=="200")return m(`refu\
sed the tunnel: ${S?`${S[1]}${S[2]}`:"no HTTP answer"}${S?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let I=r.servername??(/^[\d.]+$|:/.test(n.
host)?void 0:n.host);s(null,(0,by.connect)({...r,socket:l,servername:I}))},g=h=>m(`dropped the tunnel: ${h.message}`),y=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",y)})}};function Ny(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new Ra(t,{keepAlive:!0}),httpsAgent:new _a(t,{keepAlive:!0})}:{}}function ky(t,e){if(wd(t,e))return t.protocol==="https:"?new _a(e,{keepAlive:!1}):
new Ra(e,{keepAlive:!1})}function Cn(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((s,n)=>{let i=ky(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",u=>l.push(u)),c.on("error",n),c.on("end",
()=>s({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let u=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(u)),l.once("close",
()=>clearTimeout(u))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",n),a.end(e.body)})}var ok=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),Cs,Ly=!0;function bn(t){t.length&&(process.stdout.write(t),Ly=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var vd=()=>Ly?"":Ur.EOL,Uy=new $y.Writable({write(t,e,r){Cs||(Cs=crypto.randomUUID().replace(/-/g,""),bn(`${vd()}::stop-commands::${Cs}${Ur.EOL}`)),
bn(t),r()}});function Pn(t,e=""){Cs&&(bn(`${vd()}::${Cs}::${Ur.EOL}`),Cs=void 0),bn(`::${t}::${ok(e)}${Ur.EOL}`)}function wa(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function Fy(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let s=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(s)||r.includes(s))throw new Error(`value of ${e} contains the delimiter`);(0,Td.appendFileSync)(
o,`${e}<<${s}${Ur.EOL}${r}${Ur.EOL}${s}${Ur.EOL}`,"utf8")}var bs=(t,e)=>Fy("OUTPUT",t,e),Ia=(t,e)=>Fy("STATE",t,e),Ad=t=>process.env[`STATE_${t}`]??"",Ta=t=>Pn(
"add-mask",t),va=t=>bn(`${vd()}${t}${Ur.EOL}`),My=t=>Pn("warning",t),sk=t=>Pn("error",t);function Hy(t){process.exitCode=1,sk(t)}async function By(t,e){Pn("grou\
p",t);try{return await e()}finally{Pn("endgroup")}}function Cd(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,Td.appendFileSync)(e,`${t}${Ur.EOL}`,"utf8")}var nk=4,
ik=1e4;async function bd(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let s=1;;s++){let n;try{let i=await Cn(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:ik});if(i.status===200){let a=ak(i.text);if(!a)throw new Error("the token service answered with\
out a token");return Ta(a),a}if(n=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${n}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof Tr)throw i;n=i.message}if(s>=nk)throw new Error(`the token service did not answer after ${s} attempts (${n})`);await new Promise(
i=>setTimeout(i,500*2**(s-1)))}}function ak(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var Yy=require("node:child_process"),Qy=require("node:fs");var Xr=require("node:fs");var pk=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,lk=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,uk=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,dk=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
mk=/^[\w+=,.@-]{2,64}$/,fk=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
gk=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,hk=/^[A-Za-z_][A-Za-z0-9_]*=/,yk=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,Ek=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
Sk=/^[0-9a-f]{40}$/,xk=/^\d{12}$/,Rk=/^[\x21-\x7e]{1,256}$/,_k=4096,wk=65536,Ik=100,be=(t,e)=>r=>t.test(r)?void 0:e,Ke={repository:t=>t.length>=2&&t.length<=256&&
pk.test(t)?void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:be(
uk,"is not an AWS region name like `eu-west-1`"),tag:be(lk,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:be(Sk,"is not a full commi\
t SHA (40 hex characters)"),sessionName:be(mk,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:be(xk,"is not an AWS account id (1\
2 digits)"),audience:be(Rk,"is not a valid audience: 1\u2013256 printable characters, no spaces")};function Bo(t,e,r){if(r)throw new L(t,e,r)}var Er=(t,e=r=>r)=>({
type:"string",parse:(r,o)=>{let s=e(r);return t&&Bo(o,s,t(s)),s}}),Fr={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))
return!1;throw new L(e,t,"is not a boolean: use true or false")}},Gy=(t,e)=>({type:"integer",parse:(r,o)=>{let s=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(s>=t&&s<=
e))throw new L(o,r,`is not a whole number from ${t} to ${e}`);return s}}),Ho=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(s=>s.toUpperCase()===e.toUpperCase());
if(o===void 0)throw new L(r,e,`is not one of ${t.join(", ")}`);return o}}),Od=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,s)=>{let n=o.split(e?/[\n,]/:
/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of n)Bo(s,i,t(i));if(n.length>r)throw new L(s,o,`lists more than ${r} entries`);return[...new Set(
n)]}}),On=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function Ca(t,e){if(!(0,Xr.existsSync)(e)||!(0,Xr.statSync)(e).isFile())throw new L(t,e,"is not a readabl\
e file")}function zy(t,e){Ca(t,e);try{JSON.parse((0,Xr.readFileSync)(e,"utf8"))}catch{throw new L(t,e,"does not contain valid JSON")}}var Tk=t=>t.split(",").every(
e=>gk.test(e.trim()))?void 0:"is not a comma-separated list of `os/arch[/variant]`",Dd="sts.amazonaws.com",jy=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,
vk=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,Aa="public.ecr.aws/",Ak={type:"list",parse:(t,e)=>Od(be(jy,"is not an ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).
parse(t,e).map(r=>{let[,o,s]=jy.exec(r);return s?{id:o,region:s}:{id:o}})},Pd=t=>({type:"string",parse:(e,r)=>{let o=e.startsWith("file://")?e.slice(7):void 0;o!==
void 0&&Ca(r,o);let s=o!==void 0?(0,Xr.readFileSync)(o,"utf8"):e;if(s.length>t)throw new L(r,e,`is longer than ECR Public's limit of ${t} characters`);return s}});
function po(t){return t.startsWith(Aa)?t.slice(Aa.length).split("/").slice(1).join("/"):t}function Ck(t){if(t.repository.startsWith(Aa)&&(Bo("repository",t.repository,
/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.repository.slice(Aa.length))?Ke.repository(po(t.repository)):"is not `public.ecr.aws/<alias>/<name>`"),t.registryType="publi\
c"),t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new L("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle\
 policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])
if(r!==void 0)throw new L(e,r,"applies to ECR Public only: set `registry-type: public`")}if(t.mode==="deliver"&&t.dockerCredentialsOutput)throw new L("docker-cr\
edentials-output","true","applies to `mode: login` only")}function Vy(t){let e=Jr("mode",t("mode")),r=Jr("docker-credentials-output",t("docker-credentials-outpu\
t"));if(e==="deliver"&&r)throw new L("docker-credentials-output","true","applies to `mode: login` only");return{mode:e,skipLogout:Jr("skip-logout",t("skip-logou\
t")),dockerCredentialsOutput:r}}var Wy=[{name:"repository",field:"repository",...Er(Ke.repository),required:!0,description:"ECR repository name, e.g. `team/api`\
. Validated against ECR's naming rule before any AWS call."},{name:"aws-region",field:"awsRegion",...Er(Ke.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_\
REGION`",description:"Region of the registry."},{name:"role-to-assume",field:"roleToAssume",...Er(be(dk,"is not an IAM role ARN like `arn:aws:iam::123456789012:\
role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token\
."},{name:"audience",field:"audience",...Er(Ke.audience),default:Dd,description:"Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},
{name:"web-identity-token-file",field:"webIdentityTokenFile",...On(Ca),defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other t\
han GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...Er(Ke.sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run \
id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},{name:"role-duration-seconds",field:"roleDurationSeconds",...Gy(900,43200),
default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{name:"registry-id",field:"registryId",...Er(Ke.account),defaultText:"\
the caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes."},{name:"create-repository",field:"createRepository",
...Fr,default:"true",description:"Create the repository when it is missing."},{name:"image-tag-mutability",field:"imageTagMutability",...Ho("MUTABLE","IMMUTABLE",
"IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `ta\
gs` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...Fr,default:"true",description:"Scan on push, for a created repository."},{name:"encryption-type",
field:"encryptionType",...Ho("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-\
key",field:"kmsKey",...Er(be(fk,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`."},{name:"\
lifecycle-policy",field:"lifecyclePolicy",...On(zy),description:"Path to a lifecycle policy JSON file, applied to the repository."},{name:"repository-policy",field:"\
repositoryPolicy",...On(zy),description:"Path to a repository policy JSON file, applied to the repository."},{name:"context",field:"context",...On(),default:".",
description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...On(),defaultText:"`Dockerfile` in the context",description:"Dockerfile path."},
{name:"build-args",field:"buildArgs",...Od(be(hk,"is not `KEY=VALUE` with KEY made of letters, digits and `_`")),description:"Build arguments, newline-separated\
 `KEY=VALUE`."},{name:"target",field:"target",...Er(be(yk,"is not a build stage name")),description:"Build stage to build."},{name:"platform",field:"platform",...Er(
Tk),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"cache",field:"cache",...Fr,default:"false",description:"BuildKit regi\
stry cache kept in the same ECR repository (needs buildx)."},{name:"provenance",field:"provenance",...Fr,default:"false",description:"BuildKit provenance/SBOM a\
ttestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"image",...Er(
be(Ek,"is not a local image reference like `name:tag` or an image id")),description:"Push this existing local image instead of building."},{name:"commit-sha",field:"\
commitSha",...Er(Ke.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"\
Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...Od(Ke.tag,{commas:!0,max:Ik}),description:"Extra tags, newline- or comma\
-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...Fr,default:"false",description:"When the SHA tag already exist\
s in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...Fr,default:"true",description:"\
Push to ECR; `false` builds and tags only (pull-request builds)."},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...Er(be(vk,"is not an environment\
 variable name (letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no toke\
n file needed)."},{name:"pull-registries",field:"pullRegistries",...Ak,description:"Other ECR registries docker is logged in to before the build, so `FROM` and \
cache pulls can read them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated."},{name:"registry-type",field:"registryType",
...Ho("private","public"),default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.e\
cr.aws/<alias>/<name>`)."},{name:"catalog-description",field:"catalogDescription",...Pd(1024),description:"ECR Public: short description of a created repository\
 (text, or `file://PATH`)."},{name:"catalog-about",field:"catalogAbout",...Pd(25600),description:'ECR Public: "About" text (markdown) of a created repository (t\
ext, or `file://PATH`).'},{name:"catalog-usage",field:"catalogUsage",...Pd(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text\
, or `file://PATH`).'},{name:"mode",field:"mode",...Ho("deliver","login"),default:"deliver",githubOnly:!0,description:"GitHub Action only: `deliver`, or `login`\
: credentials and docker login to the registry and every `pull-registries` id, in the job's docker config, for later docker steps (like the orb's `ecr/login` an\
d the CLI's `login`)."},{name:"docker-credentials-output",field:"dockerCredentialsOutput",...Fr,default:"false",githubOnly:!0,description:"GitHub Action, `login\
` mode: set masked outputs `docker-username` and `docker-password` for a later job's `services:` credentials (they are secrets: see the README)."},{name:"skip-l\
ogout",field:"skipLogout",...Fr,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: keep the docker login after the job (the post step does \
not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"timeoutSeconds",...Gy(1,86400),default:"3600",description:"Upper bound on the whole r\
un (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at mos\
t 30 s."}],Nd=Wy,ba=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-name","role-duration-seconds","registry-id","web-identity-\
token-env","pull-registries","registry-type"];var Yr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."}];function Go(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function qy(t){return Object.
fromEntries(Yr.map(({name:e})=>[e,Go(t,e)]))}var Ky=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,Jy=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;function Xy(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),s=r?wk:_k;if(o.length>s)throw new L(t.name,o,`is longer than ${s} char\
acters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new L(t.name,o,"contains control characters");return o}function Jr(t,e){let r=Wy.
find(s=>s.name===t),o=Xy(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function Ps(t,e="deliver"){let r={};for(let s of Nd){let n=Xy(s,t(s.name))??s.default;
if(n!==void 0)r[s.field]=s.parse(n,s.name);else if(s.type==="list")r[s.field]=[];else if(s.required&&e==="login")r[s.field]="";else if(s.required)throw new L(s.
name,"","is required")}let o=r;return bk(o,e),o}function bk(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new L("kms-key",t.kmsKey,"needs `encryptio\
n-type: KMS`");Ck(t),e==="deliver"&&Pk(t)}function Pk(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.platform],["b\
uild-args",t.buildArgs.join(`
`)||void 0]];for(let[r,o]of e)if(o!==void 0)throw new L(r,o,"cannot be combined with `image` (nothing is built)");return}t.skipExisting||kd(t)}function kd(t){if(!(0,Xr.existsSync)(
t.context)||!(0,Xr.statSync)(t.context).isDirectory())throw new L("context",t.context,"is not a directory");Ca("dockerfile",Dn(t))}function Dn(t){return t.dockerfile??
`${t.context.replace(/\/+$/,"")}/Dockerfile`}function Ok(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function Os(t,e=process.env,r="deliver"){return{ci:Ok(e),region:$d(
t.awsRegion,e),commitSha:r==="login"?"":kk(t,e),sessionName:t.roleSessionName??$k(e),sourceUrl:Lk(e)}}function $d(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);
if(!r)throw new L("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Ke.region(r);if(o)throw new L("aws-region",r,o);return r}
function zo(t){return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function Dk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??
"")&&t.GITHUB_EVENT_PATH)try{let r=JSON.parse((0,Qy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8")).pull_request?.head?.sha;if(r)return r}catch{}return t.GITHUB_SHA}
function Nk(){try{return(0,Yy.execFileSync)("git",["rev-parse","HEAD"],{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()}catch{return}}function kk(t,e){
let r=(t.commitSha??Dk(e)??e.CIRCLE_SHA1??Nk())?.toLowerCase();if(!r)throw new L("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HE\
AD` has no answer");let o=Ke.commitSha(r);if(o)throw new L("commit-sha",r,o);return r}function $k(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.
GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function Lk(t){if(t.GITHUB_REPOSITORY)
return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?
`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var Zy=require("node:child_process"),Pa=new Set,jo=(t,e,r={})=>new Promise((o,s)=>{let n=r.silent?void 0:r.output??process.stdout;n?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,Zy.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});Pa.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],u=[];i.stdout.on("data",d=>{l.push(d),n?.write(d)}),i.stderr.on("data",d=>{u.push(d),n?.write(d)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",d=>{Pa.delete(i),clearTimeout(c),s(d)}),i.on("close",(d,m)=>{Pa.delete(i),clearTimeout(c),o({code:d??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(u).toString(),...a?{timedOut:a}:{}})})});async function eE(t){let e=[...Pa];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let s,n=new Promise(i=>{s=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,n])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(s)}var rE=5,Uk=5e3,Fk=3e4,Mk=2e3,Hk=3e3,tE=["SIGINT","SIGTERM"];function Bk(t=1/0){let e=Math.max(1e3,Math.min(Fk,Math.floor(t/3)));return{connectionTimeout:Math.min(
Uk,e),requestTimeout:e}}function Ds(t,e,r){return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:rE,requestHandler:{...Bk(r?.ms),throwOnRequestTimeout:!0,
...Ny(process.env)}}}function Ns(t){let e=t??{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,s=o||
!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.
test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:s,throttled:o}}function ks(t,e){return e?`AWS kept throttling ${t} for longer than ${rE} att\
empts with backoff: re-run later, spread out concurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: \
check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var Nn=class{constructor(e){this.
seconds=e;this.expired=new Promise((r,o)=>{this.fail=o}),this.timer=setTimeout(()=>this.end(new ya(e,this.stillWaiting())),e*1e3),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onSignal=e=>this.
end(new Ea(e,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){for(let r of tE)process.on(r,this.
onSignal);try{let r=e().catch(o=>this.ending?this.expired:Promise.reject(o));return await Promise.race([r,this.expired])}finally{clearTimeout(this.timer);for(let r of tE)
process.off(r,this.onSignal)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.
waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){this.ending||(this.ending=!0,clearTimeout(this.timer),this.controller.abort(),eE(Hk).
then(()=>{this.fail(e),setTimeout(()=>process.exit(process.exitCode||1),Mk).unref()}))}};function lo(t,e,r){return t?t.watch(e,r):r()}var TO=require("node:child_process"),vO=require("node:fs"),AO=require("node:util");F();De();v();$();j();U();tt();Q();he();Si();v();j();F();j();j();var an="ref",cs=-1,xi=!0,PI="isSet",FI="PartitionResult",Ri="booleanEquals",Ge="stringEquals",xg="getAttr",OI="us-east-1",DI="sigv4",NI="sts",kI="https://st\
s.{Region}.{PartitionResult#dnsSuffix}",$I={[an]:"Endpoint"},ze={[an]:"Region"},Rg={[an]:FI},nn={},LI=[ze],UI={conditions:[[PI,[$I]],[PI,LI],["aws.partition",LI,
FI],[Ri,[{[an]:"UseFIPS"},xi]],[Ri,[{[an]:"UseDualStack"},xi]],[Ge,[ze,"aws-global"]],[Ri,[{[an]:"UseGlobalEndpoint"},xi]],[Ge,[ze,"eu-central-1"]],[Ri,[{fn:xg,
argv:[Rg,"supportsDualStack"]},xi]],[Ri,[{fn:xg,argv:[Rg,"supportsFIPS"]},xi]],[Ge,[ze,"ap-south-1"]],[Ge,[ze,"eu-north-1"]],[Ge,[ze,"eu-west-1"]],[Ge,[ze,"eu-w\
est-2"]],[Ge,[ze,"eu-west-3"]],[Ge,[ze,"sa-east-1"]],[Ge,[ze,OI]],[Ge,[ze,"us-east-2"]],[Ge,[ze,"us-west-2"]],[Ge,[ze,"us-west-1"]],[Ge,[ze,"ca-central-1"]],[Ge,
[ze,"ap-southeast-1"]],[Ge,[ze,"ap-northeast-1"]],[Ge,[ze,"ap-southeast-2"]],[Ge,[{fn:xg,argv:[Rg,"name"]},"aws-us-gov"]]],results:[[cs],["https://sts.amazonaws\
.com",{authSchemes:[{name:DI,signingName:NI,signingRegion:OI}]}],[kI,{authSchemes:[{name:DI,signingName:NI,signingRegion:"{Region}"}]}],[cs,"Invalid Configurati\
on: FIPS and custom endpoint are not supported"],[cs,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[$I,nn],["https://sts-fips.{Regio\
n}.{PartitionResult#dualStackDnsSuffix}",nn],[cs,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://sts.{Region}.amazo\
naws.com",nn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",nn],[cs,"FIPS is enabled but this partition does not support FIPS"],["https://sts.{Region\
}.{PartitionResult#dualStackDnsSuffix}",nn],[cs,"DualStack is enabled but this partition does not support DualStack"],[kI,nn],[cs,"Invalid Configuration: Missin\
g Region"]]},Y1=2,J=1e8,Q1=new Int32Array([-1,1,-1,0,30,3,1,4,J+14,2,5,J+14,3,25,6,4,24,7,5,J+1,8,6,9,J+13,7,J+1,10,10,J+1,11,11,J+1,12,12,J+1,13,13,J+1,14,14,J+
1,15,15,J+1,16,16,J+1,17,17,J+1,18,18,J+1,19,19,J+1,20,20,J+1,21,21,J+1,22,22,J+1,23,23,J+1,J+2,8,J+11,J+12,4,28,26,9,27,J+10,24,J+8,J+9,8,29,J+7,9,J+6,J+7,3,J+
3,31,4,J+4,J+5]),MI=Ue.from(Q1,Y1,UI.conditions,UI.results);var Z1=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),op=(t,e={})=>Z1.get(t,()=>It(MI,{endpointParams:t,logger:e.logger}));
ve.aws=rt;var eL=t=>async(e,r,o)=>{if(!o)throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let s=await t(e,r,o),n=te(
r)?.commandInstance?.constructor?.getEndpointParameterInstructions;if(!n)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}\
'`);let i=await Gs(o,{getEndpointParameterInstructions:n},e);return Object.assign(s,i)},tL=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||
(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()}),HI=eL(tL);function BI(t){return{schemeId:"aws.auth#sigv4",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function sp(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function _g(t){return{schemeId:"smithy.api#noAuth"}}var rL=(t,e,r)=>s=>{
let i=t(s).properties?.authSchemes;if(!i)return e(s);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();l!==m&&console.warn(`HttpAuth\
Scheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(E=>{let S=E.name.toLowerCase();return S!==
"sigv4a"&&S.startsWith("sigv4")});if(Pr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else throw new Error(`Unknown H\
ttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption create function for '${f}'`);let y=g(
s);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},oL=t=>{let e=[];switch(t.operation){case"AssumeRoleWithSAML":{e.push(
_g(t)),e.push(sp(t));break}case"AssumeRoleWithWebIdentity":{e.push(_g(t)),e.push(sp(t));break}default:e.push(BI(t)),e.push(sp(t))}return e},GI=rL(op,oL,{"aws.au\
th#sigv4":BI,"aws.auth#sigv4a":sp,"smithy.api#noAuth":_g}),zI=t=>{let e=Yt(t),r=on(e);return Object.assign(r,{authSchemePreference:V(t.authSchemePreference??[])})};var jI=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??!1,defaultSigningName:"\
sts"}),VI={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",
name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}};var WI={name:"@aws-sdk/client-sts",version:"3.1174.0",description:"AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-sts",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-sts"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
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
0.10.1",premove:"4.0.0",typescript:"~7.0.2",vitest:"^4.0.17"},engines:{node:">=20.0.0"}};F();he();Ag();$();$();var VT="AWS_EC2_METADATA_DISABLED",WT=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:s}=await Promise.resolve().then(()=>(fp(),mp));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:n}=await Promise.resolve().then(()=>(Mg(),Fg));
return qo(n(t),o(t))}return process.env[VT]&&process.env[VT]!=="false"?async()=>{throw new w("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),s(t))};function qT(t,e){let r=NL(t),o,s,n,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{n=l}).finally(()=>{i=void 0})),await i,n;if(n?.expiration&&n?.expiration?.
getTime()<Date.now()&&(n=void 0),o)await o;else if(!n||e?.(n))if(n)s||(s=r(c).then(l=>{n=l}).catch(()=>{}).finally(()=>{s=void 0}));else return o=r(c).then(l=>{
n=l}).finally(()=>{o=void 0}),a(c);return n};return a}var NL=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(s){if(r=s,s?.tryNextLink)continue;throw s}
throw r};var nO=!1,$o=(t={})=>qT([async()=>{if(t.profile??process.env[Ba])throw process.env[_i]&&process.env[wi]&&(nO||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),nO=!0)),new w("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),np(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:s,
ssoRoleName:n,ssoSession:i}=t;if(!r&&!o&&!s&&!n&&!i)throw new w("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(hh(),gh));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(sO(),oO));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(ty(),ey));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(iy(),ny));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await WT(t))()),async()=>{throw new w("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
iO);var iO=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;De();v();$();tt();P();so();he();vo();Si();De();Vr();v();U();P();Q();v();var _e=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var al=class t extends _e{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="client";constructor(e){super({name:"Expi\
redTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cl=class t extends _e{static shapeId="com.amazonaws.sts#InvalidContextAssert\
ionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},pl=class t extends _e{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentExcept\
ion";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ll=class t extends _e{static shapeId="\
com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ul=class t extends _e{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDi\
sabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends _e{static shapeId="\
com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"cli\
ent",...e}),Object.setPrototypeOf(this,t.prototype)}},ml=class t extends _e{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdenti\
tyTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fl=class t extends _e{static shapeId="\
com.amazonaws.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicati\
onErrorException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gl=class t extends _e{static shapeId="com.amazonaws.sts#InvalidAuthorizationM\
essageException";name="InvalidAuthorizationMessageException";$fault="client";constructor(e){super({name:"InvalidAuthorizationMessageException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},hl=class t extends _e{static shapeId="com.amazonaws.sts#ExpiredTradeInTokenException";name="ExpiredTradeInTokenExcepti\
on";$fault="client";constructor(e){super({name:"ExpiredTradeInTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yl=class t extends _e{static shapeId="\
com.amazonaws.sts#InsufficientSessionLifetimeException";name="InsufficientSessionLifetimeException";$fault="client";constructor(e){super({name:"InsufficientSess\
ionLifetimeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},El=class t extends _e{static shapeId="com.amazonaws.sts#InvalidSubjectCre\
dentialsException";name="InvalidSubjectCredentialsException";$fault="client";constructor(e){super({name:"InvalidSubjectCredentialsException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends _e{static shapeId="com.amazonaws.sts#JWTPayloadSizeExceededException";name="JWTPayloadSizeExceededE\
xception";$fault="client";constructor(e){super({name:"JWTPayloadSizeExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends _e{static shapeId="\
com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";name="OutboundWebIdentityFederationDisabledException";$fault="client";constructor(e){super({name:"\
OutboundWebIdentityFederationDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends _e{static shapeId="com.amazo\
naws.sts#SessionDurationEscalationException";name="SessionDurationEscalationException";$fault="client";constructor(e){super({name:"SessionDurationEscalationExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var ZM="Arn",e2="AccessKeyId";var t2="AssumedRoleId";var aO="AssumedRoleUser";var r2="AssumeRoleWithWebIdentity",o2="AssumeRoleWithWebIdentityRequest",s2="AssumeRoleWithWebIdentityResponse";var n2="Audience",cO="Credentials";var i2="DurationSeconds",a2="Expiration";var c2="ExpiredTokenException",p2="ExpiredTradeInTokenException",l2="FederatedProviderArn";var u2="Issuer",d2="InvalidAuthorizationMessageException",m2="InvalidContextAssertionException",f2="IDPCommunicationErrorException",g2="IDPRejectedClaimExceptio\
n",h2="InvalidIdentityTokenException",y2="IdentityProvider",E2="InvalidSubjectCredentialsException",S2="InsufficientSessionLifetimeException",x2="JWTPayloadSize\
ExceededException";var R2="MalformedPolicyDocumentException",_2="MinimumSessionTokenSize";var pO="OriginIdentity",w2="OutboundWebIdentityFederationDisabledException",I2="Policy",T2="PolicyArns";var v2="PolicyDescriptorType",A2="ProviderId",C2="PackedPolicySize",b2="PackedPolicyTooLargeException",P2="Provider",O2="RoleArn",D2="RegionDisabledException",N2="\
RoleSessionName",k2="Subject";var $2="SecretAccessKey";var L2="SessionDurationEscalationException",U2="SubjectFromWebIdentityToken",F2="SourceIdentity";var M2="SubjectType",H2="SessionTokenSize",B2="SessionTokenUtilization",G2="SessionToken";var lO="TransactionContext",uO="TrustedIdentityPropagationContext";var z2="WebIdentityToken",j2="arn",V2="accessKeySecretType",Ht="awsQueryError",Bt="client",W2="clientTokenType",Gt="error",zt="httpError",jt="message",q2="origi\
nIdentityIssuerType",K2="originIdentitySubjectType",J2="originIdentitySubjectTypeType",X2="policyDescriptorListType",dO="smithy.ts.sdk.synthetic.com.amazonaws.s\
ts",Y2="transactionContextIdentityProviderMapType",Q2="transactionContextValueType";var W="com.amazonaws.sts",mO=new K(dO),Z2=[-3,dO,"STSServiceException",0,[],[]];mO.registerError(Z2,_e);var it=new K(W),e3=[-3,W,c2,{[Ht]:["ExpiredTokenExceptio\
n",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(e3,al);var t3=[-3,W,p2,{[Ht]:["ExpiredTradeInTokenException",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(
t3,hl);var r3=[-3,W,f2,{[Ht]:["IDPCommunicationError",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(r3,fl);var o3=[-3,W,g2,{[Ht]:["IDPRejectedClaim",403],[Gt]:Bt,
[zt]:403},[jt],[0]];it.registerError(o3,dl);var s3=[-3,W,S2,{[Ht]:["InsufficientSessionLifetime",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(s3,yl);var n3=[
-3,W,d2,{[Ht]:["InvalidAuthorizationMessageException",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(n3,gl);var i3=[-3,W,m2,{[Ht]:["InvalidContextAssertion",
400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(i3,cl);var a3=[-3,W,h2,{[Ht]:["InvalidIdentityToken",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(a3,ml);
var c3=[-3,W,E2,{[Ht]:["InvalidSubjectCredentials",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(c3,El);var p3=[-3,W,x2,{[Ht]:["JWTPayloadSizeExceededExcept\
ion",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(p3,Sl);var l3=[-3,W,R2,{[Ht]:["MalformedPolicyDocument",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(
l3,pl);var u3=[-3,W,w2,{[Ht]:["OutboundWebIdentityFederationDisabledException",403],[Gt]:Bt,[zt]:403},[jt],[0]];it.registerError(u3,xl);var d3=[-3,W,b2,{[Ht]:["\
PackedPolicyTooLarge",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(d3,ll);var m3=[-3,W,D2,{[Ht]:["RegionDisabledException",403],[Gt]:Bt,[zt]:403},[jt],[0]];
it.registerError(m3,ul);var f3=[-3,W,L2,{[Ht]:["SessionDurationEscalationException",403],[Gt]:Bt,[zt]:403},[jt],[0]];it.registerError(f3,Rl);var fO=[mO,it],g3=[
0,W,V2,8,0],h3=[0,W,W2,8,0],y3=[0,W,q2,8,0],E3=[0,W,K2,8,0],S3=[0,W,J2,8,0];var x3=[0,W,Q2,8,0];var R3=[3,W,aO,0,[t2,ZM],[0,0],2];var _3=[3,W,o2,0,[O2,N2,z2,A2,T2,I2,i2,_2],[0,0,[()=>h3,0],0,()=>b3,0,1,1],3],w3=[3,W,s2,0,[cO,U2,aO,C2,P2,n2,F2,B2,H2,uO],[[()=>I3,0],0,()=>R3,1,0,0,0,1,1,[()=>C3,
0]]];var I3=[3,W,cO,0,[e2,$2,G2,a2],[0,[()=>g3,0],0,4],4];var T3=[3,W,pO,0,[k2,M2,u2,l2],[[()=>E3,0],[()=>S3,0],[()=>y3,0],0]],v3=[3,W,v2,0,[j2],[0]];var A3=[3,W,lO,0,[y2],[[()=>P3,0]]],C3=[3,W,uO,8,[pO,lO],[[()=>T3,0],[()=>A3,0]]],b3=[1,W,X2,0,()=>v3];var P3=[2,W,Y2,0,[0,0],[()=>x3,0]];var gO=[9,W,r2,0,()=>_3,()=>w3];var hO=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??op,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??GI,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.aut\
h#sigv4a"),signer:new xr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.
logger??new Se,protocol:t?.protocol??ds,protocolSettings:t?.protocolSettings??{defaultNamespace:"com.amazonaws.sts",errorTypeRegistries:fO,xmlNamespace:"https:/\
/sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??Qe,signerConstructor:t?.
signerConstructor??Pr,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z});var yO=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=hO(t);ct(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??ut,credentialDefaultProvider:t?.credentialDefaultProvider??
$o,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:WI.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4")||(async i=>await $o(i?.__config||{})()),signer:new ne},
{schemeId:"aws.auth#sigv4a",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4a"),signer:new xr},{schemeId:"smithy.api#noAuth",identityProvider:n=>n.getIdentityProvider(
"smithy.api#noAuth")||(async()=>({})),signer:new Ae}],maxAttempts:t?.maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??
r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).retryMode||Be},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(sn,s),streamCollector:t?.
streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.userAgentAppId??_(Ut,s)}};F();v();U();var EO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
SO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var xO=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),EO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),SO(r))};var _l=class extends xe{config;constructor(...[e]){let r=yO(e||{});super(r),this.initConfig=r;let o=jI(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=Kt(a),l=zI(c),u=xO(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.use(Xt(this.config)),this.
middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),
this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:HI,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials,"aws\
.auth#sigv4a":d.credentials})})),this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}};v();j();var RO=Rt(VI,"AWSSecurityTokenServiceV20110615","STSClient",Jt),_O={},wO=(t,e,r,o)=>[];var wl=class extends RO(_O,wO,"AssumeRoleWithWebIdentity",gO){};async function CO(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new qt(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:IO(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await O3(t),source:"GitHub OIDC"};if(t.ci==="circleci")return D3(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:IO(e),source:`file ${e}`};throw new qt(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function IO(t){let e=(0,vO.readFileSync)(t,"utf8").trim();if(!e)throw new qt(
`the OIDC token file ${t} is empty`);return e}async function O3(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new qt("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof Tr?e:new yr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function D3(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN;
if(e)return{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};try{let r=["run","oidc","get"];t.audience!==Dd&&r.push(
"--claims",JSON.stringify({aud:t.audience}));let{stdout:o}=await(0,AO.promisify)(TO.execFile)("circleci",r,{encoding:"utf8"}),s=o.trim();if(s)return{token:s,source:"\
circleci run oidc get"}}catch{}throw new qt("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCLE_OIDC_TOKEN)","run the job with a co\
ntext (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function N3(t){try{let e=JSON.parse(Buffer.from(t.split(".")[1]??
"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),aud:r(e.aud)}}catch{return{}}}async function bO(t,e,r,o){
r.secret(e);let s=new _l(Ds(t.region,void 0,o)),n=new wl({RoleArn:t.roleArn,RoleSessionName:t.sessionName,WebIdentityToken:e,DurationSeconds:t.durationSeconds});
try{let a=(await lo(o,"STS AssumeRoleWithWebIdentity",()=>s.send(n,{abortSignal:o?.signal}))).Credentials;if(!a?.AccessKeyId||!a.SecretAccessKey||!a.SessionToken)
throw new yr("STS answered without credentials");return k3({accessKeyId:a.AccessKeyId,secretAccessKey:a.SecretAccessKey,sessionToken:a.SessionToken,expiration:a.
Expiration},r)}catch(i){throw $3(i,t,e)}finally{s.destroy()}}function k3(t,e){for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}
function $3(t,e,r){if(t instanceof yr||t instanceof Tr)return t;let o=t,s=N3(r),n=`token iss=${s.iss??"?"} sub=${s.sub??"?"} aud=${s.aud??"?"}`,i=Ns(t);if(i.transient){
let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.attempts} attempt(s) (${o.name}: ${o.message}); ${n}`;return new yr(c,ks("STS",i.throttled),
{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn} (${o.name}: ${o.message}); ${n}`;switch(o.name){case"AccessDenied":case"AccessDeniedExc\
eption":return new yr(a,"the role's trust policy must allow this token: Federated principal for the issuer, `aud` and `sub` conditions matching the values above\
 (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityToken":case"InvalidIdentityTokenException":return new yr(a,"the account needs an IAM OIDC\
 identity provider for this issuer, with the audience above as a client id",{cause:t});case"ExpiredTokenException":return new yr(a,"the OIDC token expired befor\
e it was used; request a fresh one",{cause:t});case"IDPCommunicationError":case"IDPCommunicationErrorException":return new yr(a,"STS could not reach the token i\
ssuer; retry the job",{cause:t});default:return new yr(a,void 0,{cause:t})}}var L3=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function la(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!L3.some(s=>s.test(o))));return e?{...r,DOCKER_CONFIG:e}:r}var Rn=require("node:fs"),kO=require("node:os"),cy=require("node:path");var PO=3,U3=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
OO=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,DO=t=>t.startsWith(
"-")?`./${t}`:t;function $O(t){if(t.platform)return"platform";if(t.cache)return"cache";if(t.provenance)return"provenance"}function F3(t,e,r){let o=e?["buildx","\
build"]:["build"];o.push("--file",DO(t.dockerfile));for(let s of t.tags)o.push("--tag",s);for(let[s,n]of Object.entries(t.labels))o.push("--label",`${s}=${n}`);
for(let s of t.buildArgs)o.push("--build-arg",s);return t.target&&o.push("--target",t.target),e&&(t.platform&&o.push("--platform",t.platform),o.push("--provenan\
ce",t.provenance?"mode=max":"false"),t.provenance&&o.push("--sbom","true"),t.cache&&(o.push("--cache-from",`type=registry,ref=${t.cache.ref}`),t.cache.write&&o.
push("--cache-to",`type=registry,ref=${t.cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`)),o.push(t.pushFromBuilder?"--push":"--load"),r&&o.push("-\
-metadata-file",r)),o.push(DO(t.context)),o}function M3(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var NO=1e4,Is=class{constructor(e,r,o,s=process.env){
this.runner=e;this.reporter=r;this.deadline=o;this.env=s}runner;reporter;deadline;env;run(e,r,o){return lo(this.deadline,`docker ${r[0]==="buildx"?"buildx build":
r[0]}`,()=>this.runner(e,r,{...o,env:this.env}))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:NO})}catch{
throw new qt("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image wit\
h setup_remote_docker)")}if(e.timedOut)throw new qt(`the docker daemon did not answer within ${NO/1e3} s (docker version)`,"the daemon is hung or overloaded: re\
start the docker engine (or check DOCKER_HOST / the docker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new qt(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.buildx}logins=Promise.
resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){this.reporter.secret(e.password),this.reporter.
secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--username",e.username,"--password-stdin",e.host],
{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new pr(`docker login to ${e.host} failed: ${ws(r)}`)}async logout(e){await this.
run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r?(0,Rn.mkdtempSync)((0,cy.join)((0,kO.tmpdir)(),"ecr-deliver-")):void 0,s=o?(0,cy.join)(
o,"metadata.json"):void 0;try{let n=await this.run("docker",F3(e,r,s),{output:this.reporter.output});if(n.code!==0)throw new pr(`docker ${r?"buildx build":"buil\
d"} failed (exit ${n.code}): ${ws(n)}`,e.cache?"a registry cache needs a buildx builder with the docker-container driver (GitHub: docker/setup-buildx-action)":void 0);
return!s||!e.pushFromBuilder?void 0:JSON.parse((0,Rn.readFileSync)(s,"utf8"))["containerimage.digest"]}finally{o&&(0,Rn.rmSync)(o,{recursive:!0,force:!0})}}async tag(e,r){
let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});if(o.code!==0)throw new pr(`docker tag ${e} ${r} failed: ${ws(o)}`)}async push(e,r){let o=!1;
for(let s=1;;s++){let n=await this.run("docker",["push",e],{output:this.reporter.output}),i=`${n.stdout}
${n.stderr}`;if(n.code===0){let a=M3(i);if(!a)throw new pr(`docker push ${e} printed no digest`);return a}if(OO.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${ws(n)}); logging in again`),await r();continue}if(OO.test(i))throw new pr(`docker push ${e} was refused after a fresh login: ${ws(
n)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!U3.test(
i)||s>=PO)throw new pr(`docker push ${e} failed after ${s} attempt(s): ${ws(n)}`);this.reporter.warning(`docker push failed (${ws(n)}); retrying (${s}/${PO-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(s-1)))}}},H3=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function ws(t){let e=o=>o.split(`
`).map(s=>s.trim()).filter(s=>s&&!H3.test(s)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var wr=require("node:fs"),Tl=require("node:os"),Lo=require("node:path"),B3=["auths","credHelpers","credsStore","currentContext","proxies"],G3=["buildx","cli-plu\
gins","contexts"];function z3(t){return t.DOCKER_CONFIG||(0,Lo.join)(t.HOME||(0,Tl.homedir)(),".docker")}var Il=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,wr.mkdtempSync)((0,Lo.join)((0,Tl.tmpdir)(),"ecr-deliver-docker-"))),
o=z3(e);(0,wr.writeFileSync)((0,Lo.join)(r.dir,"config.json"),JSON.stringify(j3((0,Lo.join)(o,"config.json")),null,2),{mode:384});for(let s of G3)(0,wr.existsSync)(
(0,Lo.join)(o,s))&&(0,wr.symlinkSync)((0,Lo.join)(o,s),(0,Lo.join)(r.dir,s));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,wr.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function j3(t){let e;try{e=JSON.parse((0,wr.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(B3.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?V3(r,e.credsStore):r}function V3(t,e){let{credsStore:r,...o}=t,s=t.auths??{},n={};for(let[
i,a]of Object.entries(s))a?.auth||(n[i]=e);return{...o,credHelpers:{...n,...t.credHelpers}}}var fy=require("node:fs");F();De();v();$();j();U();tt();Q();he();v();var LO=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function W3(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var UO=t=>{let e=[];switch(t.operation){default:e.push(W3(t))}return e},FO=t=>{let e=Yt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??
[])})};var MO=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),HO={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var BO={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:e2e":"yarn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test\
:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.\
97","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"\
^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},
engines:{node:">=20.0.0"}};F();he();v();$();tt();P();so();he();vo();Vr();v();U();P();F();j();j();var _n="ref",Ts=-1,vl=!0,GO="isSet",ly="PartitionResult",Uo="stringEquals",Al="booleanEquals",py="getAttr",zO={[_n]:"Endpoint"},Fo={fn:py,argv:[{[_n]:ly},"n\
ame"]},jO={[_n]:ly},vs={},VO=[{[_n]:"Region"}],WO={conditions:[[GO,[zO]],[GO,VO],["aws.partition",VO,ly],[Uo,[Fo,"aws-eusc"]],[Uo,[Fo,"aws-iso-f"]],[Uo,[Fo,"aws\
-iso-e"]],[Uo,[Fo,"aws-iso-b"]],[Uo,[Fo,"aws-iso"]],[Uo,[Fo,"aws-cn"]],[Uo,[Fo,"aws-us-gov"]],[Uo,[Fo,"aws"]],[Al,[{[_n]:"UseFIPS"},vl]],[Al,[{fn:py,argv:[jO,"s\
upportsFIPS"]},vl]],[Al,[{[_n]:"UseDualStack"},vl]],[Al,[{fn:py,argv:[jO,"supportsDualStack"]},vl]]],results:[[Ts],[Ts,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[Ts,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[zO,vs],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",vs],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",vs],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",vs],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",vs],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",vs],[Ts,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[Ts,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",vs],[Ts,"DualStack is enabled but this partition does not support DualStack"],[Ts,"Invalid Configuration: Missing Region"]]},K3=2,qe=1e8,
J3=new Int32Array([-1,1,-1,0,23,3,1,4,qe+13,2,5,qe+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,qe+4,14,qe+11,qe+12,12,18,17,13,
qe+9,qe+10,13,19,qe+6,14,qe+8,qe+9,11,22,21,13,qe+5,qe+4,13,qe+7,qe+6,11,qe+1,24,13,qe+2,qe+3]),qO=Ue.from(J3,K3,WO.conditions,WO.results);var X3=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),KO=(t,e={})=>X3.get(t,()=>It(qO,{endpointParams:t,logger:e.logger}));ve.aws=rt;Q();v();var b=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Cl=class t extends b{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Pl=class t extends b{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Ol=class t extends b{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends b{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends b{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},kl=class t extends b{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},$l=class t extends b{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ll=class t extends b{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Ul=class t extends b{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Fl=class t extends b{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Ml=class t extends b{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hl=class t extends b{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bl=class t extends b{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Gl=class t extends b{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zl=class t extends b{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},jl=class t extends b{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Vl=class t extends b{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wl=class t extends b{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},ql=class t extends b{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kl=class t extends b{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jl=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Xl=class t extends b{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yl=class t extends b{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ql=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Zl=class t extends b{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},eu=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},tu=class t extends b{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ru=class t extends b{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ou=class t extends b{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},su=class t extends b{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nu=class t extends b{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},iu=class t extends b{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},au=class t extends b{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},cu=class t extends b{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pu=class t extends b{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},lu=class t extends b{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},uu=class t extends b{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},du=class t extends b{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},mu=class t extends b{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},fu=class t extends b{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
gu=class t extends b{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hu=class t extends b{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yu=class t extends b{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Eu=class t extends b{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Su=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},xu=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ru=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_u=class t extends b{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wu=class t extends b{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var Y3="AuthorizationData",Q3="AuthorizationDataList";var Z3="BlockedByOrganizationPolicyException";var eH="BatchGetImage",tH="BatchGetImageRequest",rH="BatchGetImageResponse";var oH="CreateRepository";var sH="CreateRepositoryRequest",nH="CreateRepositoryResponse";var iH="DescribeRepositoriesRequest",aH="DescribeRepositoriesResponse";var cH="DescribeRepositories";var pH="ExclusionAlreadyExistsException",lH="EncryptionConfiguration";var uH="ExclusionNotFoundException",dH="EmptyUploadException";var mH="GetAuthorizationToken",fH="GetAuthorizationTokenRequest",gH="GetAuthorizationTokenResponse";var hH="Image",yH="ImageArchivedException",EH="ImageAlreadyExistsException";var SH="ImageDigestDoesNotMatchException";var xH="ImageFailure",RH="ImageFailureList",_H="ImageIdentifier",wH="ImageIdentifierList",IH="ImageList",TH="InvalidLayerException",vH="InvalidLayerPartExceptio\
n";var AH="ImageNotFoundException",CH="InvalidParameterException";var bH="ImageScanningConfiguration",PH="ImageStorageClassUpdateNotSupportedException";var OH="ImageTagAlreadyExistsException",DH="ImageTagMutabilityExclusionFilter",NH="ImageTagMutabilityExclusionFilters",kH="InvalidTagParameterException",$H="Key",
LH="KmsException";var UH="LayerAlreadyExistsException",FH="LimitExceededException";var MH="LayerInaccessibleException";var HH="LayersNotFoundException",BH="LifecyclePolicyNotFoundException";var GH="LifecyclePolicyPreviewInProgressException",zH="LifecyclePolicyPreviewNotFoundException";var jH="LayerPartTooSmallException";var VH="PutImage",WH="PutImageRequest",qH="PutImageResponse";var KH="PutLifecyclePolicy",JH="PutLifecyclePolicyRequest",XH="PutLifecyclePolicyResponse";var YH="PullThroughCacheRuleAlreadyExistsException";var QH="PullThroughCacheRuleNotFoundException";var ZH="RepositoryAlreadyExistsException",eB="ReplicationBackfillInProgressException",tB="ReplicationBackfillInvalidStatusException",rB="ReplicationBackfillNotF\
oundException";var oB="ReferencedImagesNotFoundException",sB="RepositoryList";var nB="RepositoryNotEmptyException",iB="RepositoryNotFoundException",aB="RegistryPolicyNotFoundException",cB="RepositoryPolicyNotFoundException";var pB="Repository";var lB="SigningConfigurationNotFoundException";var uB="ServerException";var dB="ScanNotFoundException",mB="SecretNotFoundException";var fB="SetRepositoryPolicy",gB="SetRepositoryPolicyRequest",hB="SetRepositoryPolicyResponse",yB="Tag",EB="TemplateAlreadyExistsException";var SB="TagList",xB="TooManyTagsException",RB="TemplateNotFoundException";var _B="UnsupportedImageTypeException";var wB="UploadNotFoundException";var IB="UnableToAccessSecretException",TB="UnableToDecryptSecretValueException",vB="UnableToGetUpstreamImageException",AB="UnableToGetUpstreamLayerException",CB="\
UnableToListUpstreamImageReferrersException",bB="UnsupportedUpstreamRegistryException",PB="Value",OB="ValidationException";var DB="authorizationData";var NB="acceptedMediaTypes";var kB="authorizationToken";var k="client";var $B="createdAt";var D="error",LB="expiresAt";var JO="encryptionConfiguration";var UB="encryptionType";var FB="failures";var MB="failureCode";var HB="failureReason";var BB="filterType";var GB="filter";var zB="force",jB="httpError",VB="images";var XO="imageDigest";var WB="imageIds",YO="imageId",QO="imageManifest",ZO="imageManifestMediaType";var eD="imageScanningConfiguration";var tD="imageTagMutability",rD="imageTagMutabilityExclusionFilters",oD="imageTag";var qB="image";var KB="kmsError",JB="kmsKey";var sD="lifecyclePolicyText";var XB="lastValidByteReceived",N="message",YB="maxResults";var nD="nextToken";var QB="proxyEndpoint";var iD="policyText";var ZB="repositoryArn";var kr="registryId",e4="registryIds",Kr="repositoryName",t4="repositoryNames";var r4="repositoryUri";var o4="repository";var s4="repositories";var aD="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var n4="scanOnPush";var i4="server";var a4="tags";var c4="uploadId";var x="com.amazonaws.ecr",cD=new K(aD),p4=[-3,aD,"ECRServiceException",0,[],[]];cD.registerError(p4,b);var O=new K(x),l4=[-3,x,Z3,{[D]:k},[N],[0]];O.registerError(
l4,gu);var u4=[-3,x,dH,{[D]:k},[N],[0]];O.registerError(u4,kl);var d4=[-3,x,pH,{[D]:k},[N],[0]];O.registerError(d4,hu);var m4=[-3,x,uH,{[D]:k},[N],[0]];O.registerError(
m4,ru);var f4=[-3,x,EH,{[D]:k},[N],[0]];O.registerError(f4,uu);var g4=[-3,x,yH,{[D]:k},[N],[0]];O.registerError(g4,yu);var h4=[-3,x,SH,{[D]:k},[N],[0]];O.registerError(
h4,du);var y4=[-3,x,AH,{[D]:k},[N],[0]];O.registerError(y4,ou);var E4=[-3,x,PH,{[D]:k},[N],[0]];O.registerError(E4,_u);var S4=[-3,x,OH,{[D]:k},[N],[0]];O.registerError(
S4,mu);var x4=[-3,x,TH,{[D]:k},[N],[0]];O.registerError(x4,$l);var R4=[-3,x,vH,{[D]:k},[kr,Kr,c4,XB,N],[0,0,0,1,0]];O.registerError(R4,wu);var _4=[-3,x,CH,{[D]:k},
[N],[0]];O.registerError(_4,Cl);var w4=[-3,x,kH,{[D]:k},[N],[0]];O.registerError(w4,Vl);var I4=[-3,x,LH,{[D]:k},[N,KB],[0,0]];O.registerError(I4,Ll);var T4=[-3,
x,UH,{[D]:k},[N],[0]];O.registerError(T4,Ul);var v4=[-3,x,MH,{[D]:k},[N],[0]];O.registerError(v4,iu);var A4=[-3,x,jH,{[D]:k},[N],[0]];O.registerError(A4,Fl);var C4=[
-3,x,HH,{[D]:k},[N],[0]];O.registerError(C4,au);var b4=[-3,x,BH,{[D]:k},[N],[0]];O.registerError(b4,Jl);var P4=[-3,x,GH,{[D]:k},[N],[0]];O.registerError(P4,Su);
var O4=[-3,x,zH,{[D]:k},[N],[0]];O.registerError(O4,pu);var D4=[-3,x,FH,{[D]:k},[N],[0]];O.registerError(D4,Ol);var N4=[-3,x,YH,{[D]:k},[N],[0]];O.registerError(
N4,Hl);var k4=[-3,x,QH,{[D]:k},[N],[0]];O.registerError(k4,Xl);var $4=[-3,x,oB,{[D]:k},[N],[0]];O.registerError($4,fu);var L4=[-3,x,aB,{[D]:k},[N],[0]];O.registerError(
L4,Yl);var U4=[-3,x,eB,{[D]:k},[N],[0]];O.registerError(U4,xu);var F4=[-3,x,tB,{[D]:k},[N],[0]];O.registerError(F4,Ru);var M4=[-3,x,rB,{[D]:k},[N],[0]];O.registerError(
M4,nu);var H4=[-3,x,ZH,{[D]:k},[N],[0]];O.registerError(H4,Wl);var B4=[-3,x,nB,{[D]:k},[N],[0]];O.registerError(B4,Ql);var G4=[-3,x,iB,{[D]:k},[N],[0]];O.registerError(
G4,bl);var z4=[-3,x,cB,{[D]:k},[N],[0]];O.registerError(z4,eu);var j4=[-3,x,dB,{[D]:k},[N],[0]];O.registerError(j4,su);var V4=[-3,x,mB,{[D]:k},[N],[0]];O.registerError(
V4,Bl);var W4=[-3,x,uB,{[D]:i4},[N],[0]];O.registerError(W4,Pl);var q4=[-3,x,lB,{[D]:k},[N],[0]];O.registerError(q4,tu);var K4=[-3,x,EB,{[D]:k},[N],[0]];O.registerError(
K4,Kl);var J4=[-3,x,RB,{[D]:k},[N],[0]];O.registerError(J4,Zl);var X4=[-3,x,xB,{[D]:k},[N],[0]];O.registerError(X4,ql);var Y4=[-3,x,IB,{[D]:k},[N],[0]];O.registerError(
Y4,Gl);var Q4=[-3,x,TB,{[D]:k},[N],[0]];O.registerError(Q4,zl);var Z4=[-3,x,vB,{[D]:k},[N],[0]];O.registerError(Z4,Dl);var eG=[-3,x,AB,{[D]:k},[N],[0]];O.registerError(
eG,cu);var tG=[-3,x,CB,{[D]:k},[N],[0]];O.registerError(tG,lu);var rG=[-3,x,_B,{[D]:k},[N],[0]];O.registerError(rG,Eu);var oG=[-3,x,bB,{[D]:k},[N],[0]];O.registerError(
oG,jl);var sG=[-3,x,wB,{[D]:k},[N],[0]];O.registerError(sG,Ml);var nG=[-3,x,OB,{[D]:k,[jB]:400},[N],[0]];O.registerError(nG,Nl);var pD=[cD,O];var iG=[3,x,Y3,0,[kB,LB,QB],[0,4,0]];var aG=[3,x,tH,0,[Kr,WB,kr,NB],[0,()=>vG,0,64],2],cG=[3,x,rH,0,[VB,FB],[()=>AG,()=>TG]];var pG=[3,x,sH,0,[Kr,kr,a4,tD,rD,eD,JO],[0,0,()=>bG,0,()=>fD,()=>dD,()=>lD],1],lG=[3,x,nH,0,[o4],[()=>mD]];var uG=[3,x,iH,0,[kr,t4,nD,YB],[0,64,0,1]],dG=[3,x,aH,0,[s4,nD],[()=>CG,0]];var lD=[3,x,lH,0,[UB,JB],[0,0],1];var mG=[3,x,fH,0,[e4],[64]],fG=[3,x,gH,0,[DB],[()=>IG]];var uD=[3,x,hH,0,[kr,Kr,YO,QO,ZO],[0,0,()=>uy,0,0]];var gG=[3,x,xH,0,[YO,MB,HB],[()=>uy,0,0]],uy=[3,x,_H,0,[XO,oD],[0,0]];var dD=[3,x,bH,0,[n4],[2]];var hG=[3,x,DH,0,[BB,GB],[0,0],2];var yG=[3,x,WH,0,[Kr,QO,kr,ZO,oD,XO],[0,0,0,0,0,0],2],EG=[3,x,qH,0,[qB],[()=>uD]];var SG=[3,x,JH,0,[Kr,sD,kr],[0,0,0],2],xG=[3,x,XH,0,[kr,Kr,sD],[0,0,0]];var mD=[3,x,pB,0,[ZB,kr,Kr,r4,$B,tD,rD,eD,JO],[0,0,0,0,4,0,()=>fD,()=>dD,()=>lD]];var RG=[3,x,gB,0,[Kr,iD,kr,zB],[0,0,0,2],2],_G=[3,x,hB,0,[kr,Kr,iD],[0,0,0]];var wG=[3,x,yB,0,[$H,PB],[0,0],2];var IG=[1,x,Q3,0,()=>iG];var TG=[1,x,RH,0,()=>gG],vG=[1,x,wH,0,()=>uy],AG=[1,x,IH,0,()=>uD];var fD=[1,x,NH,0,()=>hG];var CG=[1,x,sB,0,()=>mD];var bG=[1,x,SB,0,()=>wG];var gD=[9,x,eH,0,()=>aG,()=>cG];var hD=[9,x,oH,0,()=>pG,()=>lG];var yD=[9,x,cH,0,()=>uG,()=>dG];var ED=[9,x,mH,0,()=>mG,()=>fG];var SD=[9,x,VH,0,()=>yG,()=>EG];var xD=[9,x,KH,0,()=>SG,()=>xG];var RD=[9,x,fB,0,()=>RG,()=>_G];var _D=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??KO,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??UO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne}],logger:t?.logger??new Se,protocol:t?.protocol??us,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:pD,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??Qe,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??
Z});var wD=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=_D(t);ct(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??ut,credentialDefaultProvider:t?.credentialDefaultProvider??
$o,defaultSocketTimeout:lr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:BO.version}),maxAttempts:t?.
maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).
retryMode||Be},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.
userAgentAppId??_(Ut,s)}};F();v();U();var ID=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
TD=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var vD=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),ID(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),TD(r))};var Iu=class extends xe{config;constructor(...[e]){let r=wD(e||{});super(r),this.initConfig=r;let o=MO(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=Kt(a),l=FO(c),u=vD(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.use(Xt(this.config)),this.
middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),
this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:LO,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}};v();j();var tr=Rt(HO,"AmazonEC2ContainerRegistry_V20150921","ECRClient",Jt),rr={},or=(t,e,r,o)=>[];var Tu=class extends tr(rr,or,"BatchGetImage",gD){};var vu=class extends tr(rr,or,"CreateRepository",hD){};var Au=class extends tr(rr,or,"DescribeRepositories",yD){};var ua=class extends tr(rr,or,"GetAuthorizationToken",ED){};var Cu=class extends tr(rr,or,"PutImage",SD){};var bu=class extends tr(rr,or,"PutLifecyclePolicy",xD){};var Pu=class extends tr(rr,or,"SetRepositoryPolicy",RD){};var PG=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],OG=5,dy=100,DG=4,wn=t=>t?.name??"",In=class{constructor(e,r,o,s){this.registryId=o;this.deadline=s;this.ecr=new Iu(
Ds(e,r,s)),this.sendOptions={abortSignal:s?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let e=await this.call("GetAutho\
rizationToken",()=>this.ecr.send(new ua(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions));return Ou(e.authorizationData?.[0])}async logins(e){
return((await this.call("GetAuthorizationToken",()=>this.ecr.send(new ua({registryIds:e}),this.sendOptions))).authorizationData??[]).map(o=>Ou(o))}async findRepository(e){
let r=await this.describe(e);return r&&my(r,!1)}async ensureRepository(e){let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new we(
`repository ${e.repository} does not exist`,"create it, or set create-repository: true");try{let o=await this.call("CreateRepository",()=>this.ecr.send(new vu({
registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:NG(e),imageScanningConfiguration:{
scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,kmsKey:e.kmsKey}}),this.sendOptions));return my(o.repository,!0)}catch(o){if(wn(
o)!=="RepositoryAlreadyExistsException")throw o;let s=await this.describe(e.repository);if(!s)throw o;return my(s,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){
let o=(0,fy.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLifecyclePolicy",()=>this.ecr.send(new bu({registryId:this.registryId,repositoryName:e.
repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){let o=(0,fy.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetReposito\
ryPolicy",()=>this.ecr.send(new Pu({registryId:this.registryId,repositoryName:e.repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){
let o=new Map,s=Array.from({length:Math.ceil(r.length/dy)},(i,a)=>r.slice(a*dy,(a+1)*dy)),n;try{n=await Promise.all(s.map(i=>this.call("BatchGetImage",()=>this.
ecr.send(new Tu({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:PG}),this.sendOptions))))}catch(i){if(wn(i)===
"RepositoryNotFoundException")return o;throw i}for(let i of n.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&o.
set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async putTag(e,r,o){try{await this.call("PutImage",
()=>this.ecr.send(new Cu({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),
this.sendOptions))}catch(s){if(wn(s)==="ImageAlreadyExistsException")return;throw wn(s)==="ImageTagAlreadyExistsException"?new we(`tag ${o} already exists in th\
e immutable repository ${e} at another image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:s}):s}}async describe(e){try{return(await this.
call("DescribeRepositories",()=>this.ecr.send(new Au({registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){if(wn(r)===
"RepositoryNotFoundException")return;throw r}}async call(e,r){try{return await lo(this.deadline,`ECR ${e}`,r)}catch(o){let s=wn(o);if(o instanceof Wt||/NotFound|AlreadyExists/.
test(s))throw o;if(s==="CredentialsProviderError")throw new we(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to use the CI's OIDC token, o\
r provide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let n=Ns(o);if(n.transient)throw new we(`ECR ${e} faile\
d after ${n.attempts} attempt(s): ${s}: ${o.message}`,ks("ECR",n.throttled),{cause:o});let i=`ECR ${e} failed: ${s}: ${o.message}`;throw/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(s)?new we(i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new we(i,void 0,{cause:o})}}};function Ou(t,e=t?.
proxyEndpoint){if(!t?.authorizationToken||!e)throw new we("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,"base64").toString("utf8"),
o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function my(t,e){return{name:t.repositoryName,
uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??
"").filter(Boolean),created:e}}function NG(t){return t.imageTagMutability!=="IMMUTABLE_WITH_EXCLUSION"?void 0:(t.tags.length?t.tags:["latest"]).slice(0,OG).map(
r=>({filterType:"WILDCARD",filter:r}))}function kG(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function gy(t,e){
let r=t.exclusionFilters.some(o=>kG(o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSIO\
N":return r;default:return!1}}async function AD(t,e,r,o){let s=[...o],n=async()=>{for(let i=s.shift();i!==void 0;i=s.shift())await t.putTag(e,r,i)};await Promise.
all(Array.from({length:Math.min(DG,s.length)},n))}var CD=require("node:fs");async function hy(t,e,r,o){let s=new Map;for(let i of t)s.set(i.region??e,[...s.get(i.region??e)??[],i.id]);return(await Promise.all([...s].map(async([i,a])=>{let c=new In(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var $G=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
LG=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function yy(t){let e;try{e=(0,CD.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let s=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(s)||s==="localhost")&&r.add(s)}return[...r]}function bD(t,e,r,o){
if(!$G.test(t))return;let s=yy(e).filter(i=>!r.includes(i));return s.length?`the Dockerfile pulls from ${s.map(i=>{let a=LG.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}F();De();v();$();j();U();tt();Q();he();v();var PD=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function UG(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var OD=t=>{let e=[];switch(t.operation){default:e.push(UG(t))}return e},DD=t=>{let e=Yt(t);return Object.assign(e,{authSchemePreference:V(
t.authSchemePreference??[])})};var ND=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),kD={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var $D={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr-public",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazo\
n.com/sdk-for-javascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr-public"},files:["dist-*/**"],sideEffects:!1,
main:"./dist-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.977.7","@aw\
s-sdk/credential-provider-node":"^3.972.79","@aws-sdk/types":"^3.974.3","@smithy/core":"^3.31.1","@smithy/fetch-http-handler":"^5.6.13","@smithy/node-http-handl\
er":"^4.9.13","@smithy/types":"^4.16.1",tslib:"^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dt\
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};F();he();v();$();tt();P();so();he();vo();Vr();v();U();P();F();j();j();var da="ref",As=-1,Du=!0,LD="isSet",HD="PartitionResult",Nu="booleanEquals",Ey="getAttr",UD={[da]:"Endpoint"},Sy={[da]:HD},Tn={},FD=[{[da]:"Region"}],MD={conditions:[
[LD,[UD]],[LD,FD],["aws.partition",FD,HD],[Nu,[{[da]:"UseFIPS"},Du]],[Nu,[{[da]:"UseDualStack"},Du]],[Nu,[{fn:Ey,argv:[Sy,"supportsDualStack"]},Du]],[Nu,[{fn:Ey,
argv:[Sy,"supportsFIPS"]},Du]],["stringEquals",[{fn:Ey,argv:[Sy,"name"]},"aws"]]],results:[[As],[As,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[As,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[UD,Tn],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",Tn],[As,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",Tn],[As,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",Tn],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",Tn],[As,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",Tn],[As,"Invalid Configuration: Missing Region"]]},MG=2,sr=1e8,HG=new Int32Array([-1,1,-1,0,13,3,1,4,sr+12,2,5,sr+12,3,9,6,4,7,sr+11,5,8,sr+10,7,
sr+8,sr+9,4,11,10,6,sr+6,sr+7,5,12,sr+5,6,sr+4,sr+5,3,sr+1,14,4,sr+2,sr+3]),BD=Ue.from(HG,MG,MD.conditions,MD.results);var BG=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),GD=(t,e={})=>BG.get(t,()=>It(BD,{endpointParams:t,logger:e.logger}));ve.aws=rt;Q();v();var ee=class t extends $e{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var ku=class t extends ee{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},$u=class t extends ee{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Lu=class t extends ee{name="RepositoryNotFoundException";$fault="client";constructor(e){super({
name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Uu=class t extends ee{name="ServerException";$fault="server";constructor(e){
super({name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Fu=class t extends ee{name="UnsupportedCommandException";$fault="\
client";constructor(e){super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Mu=class t extends ee{name="Em\
ptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hu=class t extends ee{name="\
InvalidLayerException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bu=class t extends ee{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Gu=class t extends ee{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},zu=class t extends ee{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ju=class t extends ee{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParame\
terException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vu=class t extends ee{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wu=class t extends ee{name="RepositoryAlreadyExistsExcepti\
on";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qu=class t extends ee{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ku=class t extends ee{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ju=class t extends ee{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Xu=class t extends ee{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yu=class t extends ee{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qu=class t extends ee{name="ImageAlreadyEx\
istsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zu=class t extends ee{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ed=class t extends ee{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"c\
lient",...e}),Object.setPrototypeOf(this,t.prototype)}},td=class t extends ee{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},rd=class t extends ee{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},od=class t extends ee{name="ReferencedImagesNotFoundExcep\
tion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var GG="AuthorizationData";var zG="CreateRepository",jG="CreateRepositoryRequest",VG="CreateRepositoryResponse";var WG="DescribeImageTags",qG="DescribeImageTagsRequest",KG="DescribeImageTagsResponse";var JG="DescribeRegistriesRequest",XG="DescribeRegistriesResponse",YG="DescribeRepositoriesRequest",QG="DescribeRepositoriesResponse",ZG="DescribeRegistries",ez="\
DescribeRepositories",tz="EmptyUploadException",rz="GetAuthorizationToken",oz="GetAuthorizationTokenRequest",sz="GetAuthorizationTokenResponse";var nz="Image",iz="ImageAlreadyExistsException";var az="ImageDigestDoesNotMatchException";var cz="ImageIdentifier";var pz="InvalidLayerException",lz="InvalidLayerPartException";var uz="ImageNotFoundException",dz="InvalidParameterException",mz="ImageTagAlreadyExistsException",fz="ImageTagDetail",gz="ImageTagDetailList",hz="InvalidTagPar\
ameterException",yz="Key";var Ez="LayerAlreadyExistsException",Sz="LimitExceededException";var xz="LayersNotFoundException",Rz="LayerPartTooSmallException";var _z="PutImage",wz="PutImageRequest",Iz="PutImageResponse";var Tz="Registry",vz="RegistryAlias",Az="RepositoryAlreadyExistsException",Cz="RegistryAliasList";var bz="RepositoryCatalogDataInput",Pz="RepositoryCatalogDataNotFoundException",Oz="RepositoryCatalogData",Dz="ReferencedImageDetail",Nz="ReferencedImagesNotFou\
ndException",kz="RegistryList",$z="RepositoryList",Lz="RepositoryNotEmptyException",Uz="RegistryNotFoundException",Fz="RepositoryNotFoundException",Mz="Reposito\
ryPolicyNotFoundException",Hz="Repository",Bz="ServerException",Gz="SetRepositoryPolicy",zz="SetRepositoryPolicyRequest",jz="SetRepositoryPolicyResponse",Vz="Ta\
g",Wz="TagList",qz="TooManyTagsException";var Kz="UnsupportedCommandException";var Jz="UploadNotFoundException";var Xz="Value",Yz="aliases",Qz="authorizationData",Zz="artifactMediaType",ej="authorizationToken",zD="aboutText",jD="architectures",de="client",VD="createdAt",WD="\
catalogData",qD="description";var tj="defaultRegistryAlias",ae="error",rj="expiresAt";var oj="force",sj="image";var xy="imageDigest",nj="imageDetail";var ij="imageId",KD="imageManifest",Ry="imageManifestMediaType",aj="imagePushedAt",cj="imageSizeInBytes";var pj="imageTagDetails",_y="imageTag";var lj="logoImageBlob";var uj="logoUrl",dj="lastValidByteReceived",ce="message",mj="marketplaceCertified",wy="maxResults";var fj="name",vn="nextToken",JD="operatingSystems";var gj="primaryRegistryAlias";var XD="policyText",hj="repository";var yj="registryArn",Ej="repositoryArn";var co="registryId",Mo="repositoryName",Sj="repositoryNames",xj="registryUri",Rj="repositoryUri",_j="registries",wj="repositories",YD="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",Ij="server",Tj="status",vj="tags";var Aj="uploadId",QD="usageText",Cj="verified",A="com.amazonaws.ecrpublic",ZD=K.for(YD),bj=[-3,YD,"ECRPUBLICServiceException",0,[],[]];ZD.registerError(bj,ee);var se=K.
for(A),Pj=[-3,A,tz,{[ae]:de},[ce],[0]];se.registerError(Pj,Mu);var Oj=[-3,A,iz,{[ae]:de},[ce],[0]];se.registerError(Oj,Qu);var Dj=[-3,A,az,{[ae]:de},[ce],[0]];se.
registerError(Dj,Zu);var Nj=[-3,A,uz,{[ae]:de},[ce],[0]];se.registerError(Nj,Xu);var kj=[-3,A,mz,{[ae]:de},[ce],[0]];se.registerError(kj,ed);var $j=[-3,A,pz,{[ae]:de},
[ce],[0]];se.registerError($j,Hu);var Lj=[-3,A,lz,{[ae]:de},[co,Mo,Aj,dj,ce],[0,0,0,1,0]];se.registerError(Lj,td);var Uj=[-3,A,dz,{[ae]:de},[ce],[0]];se.registerError(
Uj,ku);var Fj=[-3,A,hz,{[ae]:de},[ce],[0]];se.registerError(Fj,ju);var Mj=[-3,A,Ez,{[ae]:de},[ce],[0]];se.registerError(Mj,Bu);var Hj=[-3,A,Rz,{[ae]:de},[ce],[0]];
se.registerError(Hj,Gu);var Bj=[-3,A,xz,{[ae]:de},[ce],[0]];se.registerError(Bj,rd);var Gj=[-3,A,Sz,{[ae]:de},[ce],[0]];se.registerError(Gj,Vu);var zj=[-3,A,Nz,
{[ae]:de},[ce],[0]];se.registerError(zj,od);var jj=[-3,A,Uz,{[ae]:de},[ce],[0]];se.registerError(jj,$u);var Vj=[-3,A,Az,{[ae]:de},[ce],[0]];se.registerError(Vj,
Wu);var Wj=[-3,A,Pz,{[ae]:de},[ce],[0]];se.registerError(Wj,Yu);var qj=[-3,A,Lz,{[ae]:de},[ce],[0]];se.registerError(qj,Ku);var Kj=[-3,A,Fz,{[ae]:de},[ce],[0]];
se.registerError(Kj,Lu);var Jj=[-3,A,Mz,{[ae]:de},[ce],[0]];se.registerError(Jj,Ju);var Xj=[-3,A,Bz,{[ae]:Ij},[ce],[0]];se.registerError(Xj,Uu);var Yj=[-3,A,qz,
{[ae]:de},[ce],[0]];se.registerError(Yj,qu);var Qj=[-3,A,Kz,{[ae]:de},[ce],[0]];se.registerError(Qj,Fu);var Zj=[-3,A,Jz,{[ae]:de},[ce],[0]];se.registerError(Zj,
zu);var eN=[ZD,se],eV=[3,A,GG,0,[ej,rj],[0,4]];var tV=[3,A,jG,0,[Mo,WD,vj],[0,()=>xV,()=>CV],1],rV=[3,A,VG,0,[hj,WD],[()=>tN,()=>SV]];var oV=[3,A,qG,0,[Mo,co,vn,wy],[0,0,0,1],1],sV=[3,A,KG,0,[pj,vn],[()=>IV,0]],nV=[3,A,JG,0,[vn,wy],[0,1]],iV=[3,A,XG,0,[_j,vn],[()=>vV,0],1],aV=[3,A,YG,0,[co,Sj,
vn,wy],[0,64,0,1]],cV=[3,A,QG,0,[wj,vn],[()=>AV,0]],pV=[3,A,oz,0,[],[]],lV=[3,A,sz,0,[Qz],[()=>eV]];var uV=[3,A,nz,0,[co,Mo,ij,KD,Ry],[0,0,()=>dV,0,0]];var dV=[3,A,cz,0,[xy,_y],[0,0]],mV=[3,A,fz,0,[_y,VD,nj],[0,4,()=>hV]];var fV=[3,A,wz,0,[Mo,KD,co,Ry,_y,xy],[0,0,0,0,0,0],2],gV=[3,A,Iz,0,[sj],[()=>uV]];var hV=[3,A,Dz,0,[xy,cj,aj,Ry,Zz],[0,1,4,0,0]],yV=[3,A,Tz,0,[co,yj,xj,Cj,Yz],[0,0,0,2,()=>TV],5],EV=[3,A,vz,0,[fj,Tj,gj,tj],[0,0,2,2],4];var tN=[3,A,Hz,0,[Ej,co,Mo,Rj,VD],[0,0,0,0,4]],SV=[3,A,Oz,0,[qD,jD,JD,uj,zD,QD,mj],[0,64,64,0,0,0,2]],xV=[3,A,bz,0,[qD,jD,JD,lj,zD,QD],[0,64,64,21,0,0]],RV=[3,A,
zz,0,[Mo,XD,co,oj],[0,0,0,2],2],_V=[3,A,jz,0,[co,Mo,XD],[0,0,0]],wV=[3,A,Vz,0,[yz,Xz],[0,0]];var IV=[1,A,gz,0,()=>mV];var TV=[1,A,Cz,0,()=>EV],vV=[1,A,kz,0,()=>yV],AV=[1,A,$z,0,()=>tN];var CV=[1,A,Wz,0,()=>wV];var rN=[9,A,zG,0,()=>tV,()=>rV];var oN=[9,A,WG,0,()=>oV,()=>sV],sN=[9,A,ZG,0,()=>nV,()=>iV],nN=[9,A,ez,0,()=>aV,()=>cV],iN=[9,A,rz,0,()=>pV,()=>lV];var aN=[9,A,_z,0,()=>fV,()=>gV];var cN=[9,A,Gz,0,()=>RV,()=>_V];var pN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??GD,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??OD,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne}],logger:t?.logger??new Se,protocol:t?.protocol??us,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:eN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??Qe,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??
Z});var lN=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=pN(t);ct(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??ut,credentialDefaultProvider:t?.credentialDefaultProvider??
$o,defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:$D.version}),maxAttempts:t?.maxAttempts??_(Dt,t),region:t?.region??
_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).retryMode||Be},t),streamCollector:t?.
streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.userAgentAppId??_(Ut,s)}};F();v();U();var uN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
dN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var mN=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),uN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),dN(r))};var sd=class extends xe{config;constructor(...[e]){let r=lN(e||{});super(r),this.initConfig=r;let o=ND(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=Kt(a),l=DD(c),u=mN(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.use(Xt(this.config)),this.
middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),
this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:PD,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}};v();j();var nr=Rt(kD,"SpencerFrontendService","ECRPUBLICClient",Jt),ir={},ar=(t,e,r,o)=>[];var nd=class extends nr(ir,ar,"CreateRepository",rN){};var id=class extends nr(ir,ar,"DescribeImageTags",oN){};var ad=class extends nr(ir,ar,"DescribeRegistries",sN){};var cd=class extends nr(ir,ar,"DescribeRepositories",nN){};var pd=class extends nr(ir,ar,"GetAuthorizationToken",iN){};var ld=class extends nr(ir,ar,"PutImage",aN){};var ud=class extends nr(ir,ar,"SetRepositoryPolicy",cN){};var fN=3e4,bV=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function PV(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function gN(t,e,r,o,s){let n=`${bV(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=u=>Cn(n,{headers:{accept:o.join(", "),
...u?{authorization:u}:{}},timeoutMs:fN,signal:s}),c=await a();if(c.status===401){let u=PV(c.headers["www-authenticate"]);if(u?.kind==="bearer"&&u.params.realm){
let d=new URL(u.params.realm);u.params.service&&d.searchParams.set("service",u.params.service),d.searchParams.set("scope",u.params.scope??`repository:${e}:pull`);
let m=await Cn(d,{headers:{authorization:i},timeoutMs:fN,signal:s}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var OV="us-east-1",DV=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.i\
mage.manifest.v1+json","application/vnd.oci.image.index.v1+json"];function NV(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.catalogUsage};
return Object.values(e).some(r=>r!==void 0)?e:void 0}var ma=t=>t?.name??"",dd=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new sd(Ds(OV,
e,o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return this.call(e,()=>this.client.send(r,{abortSignal:this.deadline?.
signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new pd({})),this.registryUri??this.describeRegistryUri()]);return Ou(e.authorizationData,
r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new ad({})),r=e.registries?.find(o=>!this.registryId||o.registryId===this.
registryId)??e.registries?.[0];if(!r?.registryUri)throw new we("ECR Public returned no registry","create the public registry (its alias) in the ECR Public conso\
le first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new cd({registryId:this.
registryId,repositoryNames:[po(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(ma(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new we(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new nd({repositoryName:po(e.repository),catalogData:NV(e)}));return this.info(
o.repository,!0)}catch(o){if(ma(o)!=="RepositoryAlreadyExistsException")throw o;let s=await this.findRepository(e.repository);if(!s)throw o;return s}}async applyPolicies(e){
if(!e.repositoryPolicy)return;let{readFileSync:r}=await import("node:fs");await this.send("SetRepositoryPolicy",new ud({registryId:this.registryId,repositoryName:po(
e.repository),policyText:r(e.repositoryPolicy,"utf8")}))}async images(e,r){let o=new Map,s;try{do{let n=await this.send("DescribeImageTags",new id({registryId:this.
registryId,repositoryName:po(e),nextToken:s}));for(let i of n.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,
{digest:i.imageDetail.imageDigest,manifest:"",mediaType:i.imageDetail.imageManifestMediaType??""});s=n.nextToken}while(s&&o.size<r.length)}catch(n){if(ma(n)==="\
RepositoryNotFoundException")return o;throw n}return o}async putTag(e,r,o){let{manifest:s,mediaType:n}=r;if(!s){this.loginData??=this.login();let i=await this.loginData,
a=`${(this.registryUri??"").split("/").slice(1).join("/")}/${po(e)}`.replace(/^\//,"");({manifest:s,mediaType:n}=await gN(i,a,r.digest,DV,this.deadline?.signal))}
try{await this.send("PutImage",new ld({registryId:this.registryId,repositoryName:po(e),imageManifest:s,imageManifestMediaType:n||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){
if(ma(i)==="ImageAlreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-
1),{name:e.repositoryName,uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],created:r}}async call(e,r){try{return await lo(this.deadline,
`ECR Public ${e}`,r)}catch(o){let s=ma(o);if(o instanceof Wt||/NotFound|AlreadyExists/.test(s))throw o;let n=Ns(o);if(n.transient)throw new we(`ECR Public ${e} \
failed after ${n.attempts} attempt(s): ${s}: ${o.message}`,ks("ECR",n.throttled),{cause:o});let i=/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(s)?`the credentials need ecr-public:${e}${e==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":""} (\`ecr-deliver iam-policy --registry-type public\`\
 prints the policy)`:void 0;throw new we(`ECR Public ${e} failed: ${s}: ${o.message}`,i,{cause:o})}}};var kV=(t,e,r,o)=>new In(t,e,r,o);function md(t){let e=new Nn(t.options.timeoutSeconds),r=Il.create(t.env);return e.bound(()=>$V(t,e,la(t.env,r.dir))).finally(()=>r.
remove())}async function $V(t,e,r){let{options:o,context:s,reporter:n}=t,i=new Is(t.run,n,e,r),a=o.image?void 0:$O(o),c=Promise.all([i.check(),a?i.hasBuildx():!0]),
l=yN(t),[,u]=await c;if(!u)throw new qt(`${a} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-act\
ion), or drop the option");o.image||i.hasBuildx();let d=await n.phase("Credentials",()=>EN(t,l,e)),m=(t.openRegistry??hN(o))(s.region,d,o.registryId,e),f=()=>hy(
o.pullRegistries,s.region,d,e);try{return await new Iy(t,i,m,f).run()}finally{m.close()}}function hN(t){return t.registryType==="public"?(e,r,o,s)=>new dd(r,o,s):
kV}function fd(t){let e=new Nn(t.options.timeoutSeconds);return e.bound(()=>LV(t,e))}async function LV(t,e){let r=new Is(t.run,t.reporter,e,la(t.env)),o=r.check(),
s=yN(t);await o;let n=await t.reporter.phase("Credentials",()=>EN(t,s,e)),i=(t.openRegistry??hN(t.options))(t.context.region,n,t.options.registryId,e);try{return await t.
reporter.phase("Login",async()=>{let[a,c]=await Promise.all([i.login(),hy(t.options.pullRegistries,t.context.region,n,e)]),l=[a,...c.filter(u=>u.host!==a.host)];
for(let u of l)t.onLogin?.(u.host),await r.login(u);return{registry:a.host,registries:l.map(u=>u.host),login:a}})}finally{i.close()}}function yN(t){let{options:e,
context:r}=t;if(e.roleToAssume)return CO({ci:r.ci,audience:e.audience,tokenFile:e.webIdentityTokenFile,tokenEnv:e.webIdentityTokenEnv,platformToken:t.platformToken,
env:t.env}).catch(o=>o)}async function EN(t,e,r){let{options:o,context:s,reporter:n}=t;if(!o.roleToAssume||!e){n.info("No role-to-assume: using the ambient AWS \
credential chain");return}let i=await e;if(i instanceof Error)throw i;return n.secret(i.token),n.info(`Assuming ${o.roleToAssume} as ${s.sessionName} with the O\
IDC token from ${i.source}`),bO({roleArn:o.roleToAssume,sessionName:s.sessionName,durationSeconds:o.roleDurationSeconds,region:s.region},i.token,n,r)}var Iy=class{constructor(e,r,o,s=async()=>[]){
this.req=e;this.docker=r;this.ecr=o;this.pullLogins=s;this.o=e.options,this.sha=e.context.commitSha,this.tags=[this.sha,...this.o.tags.filter(n=>n!==this.sha)]}req;docker;ecr;pullLogins;o;sha;tags;loggedIn=[];background=[];async run(){
try{return await this.steps()}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.req,[r,o]=await e.phase("Repository",
()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o):this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));r.created&&e.info(`Create\
d repository ${r.uri} (${r.mutability})`);let s=this.o.push?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve(),n=o.get(this.sha),i=n&&(this.o.skipExisting||
gy(r,this.sha))?n:void 0;if(this.refuseImmutableConflicts(r,o,i),i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),
this.o.push?(await s,await e.phase("Tag",()=>this.copyTags(r,i,o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=!this.o.image&&yy(Dn(this.o)).
includes(r.uri.split("/")[0]),c=this.o.push||this.o.cache||a?this.inBackground(this.login()):void 0,l=this.o.pullRegistries.length&&!this.o.image?this.inBackground(
this.loginPullRegistries()):void 0;(this.o.cache||a)&&await c,await l;let u=await e.phase(this.o.image?"Tag":"Build",()=>this.produceImage(r));if(!this.o.push)return this.
outputs(r,"",!1);await Promise.all([c,s]);let d=u??await e.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return this.tags.length>1&&
await e.phase("Tag",async()=>{let m=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!m||m.digest!==d)throw new we(`ECR does not show ${this.
sha} at the pushed digest ${d}`);await this.copyTags(r,m,o)}),this.verified(r,d,!0)}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){
let e=await this.ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,
arn:"",mutability:"MUTABLE",exclusionFilters:[],created:!1}}async login(){let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){
let e=await this.req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}refuseImmutableConflicts(e,r,o){
for(let s of this.tags){let n=r.get(s);if(!(!n||!gy(e,s)||o&&n.digest===o.digest))throw new we(`tag ${s} already exists in the immutable repository ${e.name} at\
 ${n.digest}, which is not the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e){
let r=this.tags.map(l=>`${e.uri}:${l}`);if(this.o.image){for(let l of r)await this.docker.tag(this.o.image,l);return}kd(this.o);let o=this.req.context,s={"org.o\
pencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};o.sourceUrl&&(s["org.opencontainers.image.source"]=o.sourceUrl);
let n=await this.docker.hasBuildx(),i=n&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),c=await this.docker.build({context:this.o.context,dockerfile:Dn(
this.o),tags:i?r.slice(0,1):r,labels:s,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:this.o.cache?{ref:`${e.uri}:buildcache`,write:this.
o.push}:void 0,provenance:this.o.provenance,pushFromBuilder:i},n).catch(l=>{let u=l instanceof pr&&bD(l.message,Dn(this.o),[...this.loggedIn,e.uri.split("/")[0]],
this.req.context.region);throw u?new pr(l.message,u):l});if(i&&!c)throw new pr("buildx pushed but reported no digest");return c}async copyTags(e,r,o){let s=this.
tags.slice(1).filter(n=>o.get(n)?.digest!==r.digest);await AD(this.ecr,e.name,r,s)}async verified(e,r,o){let s=await this.ecr.images(this.o.repository,this.tags),
n=this.tags.filter(i=>s.get(i)?.digest!==r);if(n.length)throw new we(`after delivery, tag(s) ${n.join(", ")} do not point at ${r} in ECR`,"another delivery may \
have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,
image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o}}};var fa=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{this.timings.push({title:e,seconds:(Date.now()-o)/1e3})}}get totalSeconds(){
return(Date.now()-this.started)/1e3}describe(){let e=this.timings.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.
totalSeconds.toFixed(1)} s`}},ga=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new fa;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),s=await this.clock.time(e,r);return this.info(`\u2714 ${e} (${((Date.now()-o)/1e3).toFixed(
1)} s)`),s}};var SN="isPost",xN="registries",RN="skipLogout",gd=class{clock=new fa;output=Uy;info=e=>va(e);warning=e=>My(e);secret=e=>Ta(e);phase(e,r){return By(e,()=>this.clock.
time(e,r))}},_N=t=>t[`STATE_${SN}`]==="true";async function wN(){Ia(SN,"true");let t=new gd,e=new Set,r=o=>{e.add(o),Ia(xN,JSON.stringify([...e]))};try{let o=Vy(
a=>wa(a));if(o.mode==="login")return await UV(t,r,o);let s=Ps(a=>wa(a)),n=Os(s),i=await md({options:s,context:n,reporter:t,run:jo,env:process.env,platformToken:a=>bd(
a)});for(let{name:a}of Yr)bs(a,Go(i,a));FV(i,t.clock)}catch(o){let s=Sa(o);Hy(s.hint?`${s.message}
Hint: ${s.hint}`:s.message)}}async function UV(t,e,r){r.skipLogout&&Ia(RN,"true");let o=Ps(i=>wa(i),"login"),s=Os(o,process.env,"login"),n=await fd({options:o,context:s,
reporter:t,run:jo,env:process.env,platformToken:i=>bd(i),onLogin:e});bs("registry",n.registry),bs("registries",n.registries.join(",")),r.dockerCredentialsOutput&&
(Ta(n.login.password),bs("docker-username",n.login.username),bs("docker-password",n.login.password)),va(`Logged in to ${n.registries.join(", ")}${r.skipLogout?"\
 (kept after the job: skip-logout)":"; the post step logs out"}`),Cd(["### ecr-deliver login","",...n.registries.map(i=>`- \`${i}\``),"",`timings: ${t.clock.describe()}`,
""].join(`
`))}async function IN(){let t=JSON.parse(Ad(xN)||"[]");if(Ad(RN)==="true"){va(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new Is(
jo,new gd,void 0,la(process.env));for(let r of t)await e.logout(r)}function FV(t,e){let r=[["image",`\`${t.image}\``],["digest",t.digest?`\`${t.digest}\``:"(not\
 pushed)"],["tags",t.tags.map(o=>`\`${o}\``).join(" ")],["pushed",String(t.pushed)],["timings",e.describe()]];Cd(["### ecr-deliver","","| | |","|---|---|",...r.
map(([o,s])=>`| ${o} | ${s} |`),""].join(`
`))}var MN=require("node:util");var PN=require("node:util");var TN=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],hd=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function MV(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let s of o)
e.add(s)};return t.push&&(r(TN),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(t.push?[...hd,...TN]:hd),[...e].sort()}function HV(t){return`arn:${zo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}\
:repository/${t.repository}`}function vN(t){if(t.registryType==="public")return zV(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"\
*"},{Sid:"EcrDeliver",Effect:"Allow",Action:MV(t),Resource:HV(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.
test(t.kmsKey)?t.kmsKey:`arn:${zo(t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${zo(t.region)===
"aws-cn"?".cn":""}`};e.push({Sid:"KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAW\
SResource":"true"}}},{Sid:"KmsForNewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(
...ON(t)),{Version:"2012-10-17",Statement:e}}function ON(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(n=>r.
map(i=>`arn:${zo(n.region??t.region)}:ecr:${n.region??t.region}:${n.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:hd.slice().
sort(),Resource:o.length===1?o[0]:o});let s=(t.pullThrough??[]).map(n=>`arn:${zo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${n}/*`);return s.
length&&e.push({Sid:"EcrPullThroughCache",Effect:"Allow",Action:[...BV,...hd].sort(),Resource:s.length===1?s[0]:s}),e}function DN(t){return!t.pullRegistries?.length||
t.pullRepositories?.length?[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patt\
erns to narrow it`]}var BV=["ecr:BatchImportUpstreamImage","ecr:CreateRepository"],AN=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],GV=["ecr-\
public:BatchCheckLayerAvailability","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function zV(t){
let e=t.push?AN:[...AN,"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let s of GV)
r.add(s);t.createRepository&&r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,
"");return{Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),
Resource:`arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...ON(t)]}}var jV="token.actions.githubusercontent.com",VV="oidc.circleci.com/org";
function WV(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.environment}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}\
:${e}`}function qV(t){let e=zo(t.region),r,o,s;if(t.provider==="github")r=t.githubIssuer??jV,o=t.audience??"sts.amazonaws.com",s=WV(t);else if(t.provider==="cir\
cleci")r=`${VV}/${t.orgId}`,o=t.audience??t.orgId,s=`org/${t.orgId}/project/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;
let n=/[*?]/.test(s),i={StringEquals:{[`${r}:aud`]:o}};return n?i.StringLike={[`${r}:sub`]:s}:i.StringEquals[`${r}:sub`]=s,{Version:"2012-10-17",Statement:[{Effect:"\
Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}function KV(t){let e=qV(t);
return e?{permissionsPolicy:vN(t),trustPolicy:e}:{permissionsPolicy:vN(t)}}var Ty=[{name:"repository",value:"NAME",description:"ECR repository the role delivers\
 to (required)."},{name:"account-id",value:"ID",description:"AWS account id (12 digits) of the role and its OIDC provider (required)."},{name:"aws-region",value:"\
REGION",description:"Region of the registry (default: AWS_REGION, then AWS_DEFAULT_REGION)."},{name:"registry-id",value:"ID",description:"Account that owns the \
registry, for cross-account pushes (default: account-id)."},{name:"provider",value:"github|circleci|none",description:"Whose OIDC tokens the role trusts (defaul\
t: github with --repo, circleci with --org-id). `none` prints the permissions policy only."},{name:"audience",value:"AUD",description:"Pinned `aud` (default: st\
s.amazonaws.com on GitHub, the org id on CircleCI)."},{name:"repo",value:"OWNER/REPO",description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID whe\
n its OIDC subject carries ids."},{name:"branch",value:"BRANCH",description:"GitHub branch allowed to deliver (default: main; `*` patterns allowed)."},{name:"en\
vironment",value:"NAME",description:"GitHub environment allowed to deliver, for jobs that use `environment:` (instead of --branch)."},{name:"pull-request",value:"\
true|false",description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with --push false)."},{name:"org-id",value:"UUID",description:"\
CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",value:"UUID",description:"CircleCI project id allowed to deliver (required wit\
h --org-id: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",value:"REF",description:"CircleCI: pin the git ref too, e.g\
. refs/heads/main (matched in the sub of CIRCLE_OIDC_TOKEN_V2, which the orb uses; `*` patterns allowed)."},{name:"github-issuer",value:"HOST",description:"GitH\
ub Enterprise Server's OIDC issuer, HOST/_services/token (default: token.actions.githubusercontent.com)."},{name:"pull-registries",value:"IDS",description:"Base\
-image registries the build pulls from: account ids or ID@REGION, comma-separated (as given to the delivery)."},{name:"pull-repositories",value:"PATTERNS",description:"\
Repositories of those registries the build pulls, name patterns, comma-separated (default: every repository, `*`)."},{name:"pull-through",value:"PREFIXES",description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds ecr:BatchImportUpstreamImage and ecr:CreateRepository on PREFIX/*)."},{name:"regis\
try-type",value:"private|public",description:"public: the ECR Public actions instead (default: private, or public for a public.ecr.aws/ repository)."},{name:"cr\
eate-repository",value:"true|false",description:"The delivery may create the repository (default: true)."},{name:"lifecycle-policy",value:"FILE|true",description:"\
The delivery applies a lifecycle policy (default: false)."},{name:"repository-policy",value:"FILE|true",description:"The delivery applies a repository policy (d\
efault: false)."},{name:"cache",value:"true|false",description:"The delivery uses the BuildKit registry cache (default: false)."},{name:"push",value:"true|false",
description:"The delivery pushes; false = build-only runs that just look up the repository (default: true)."},{name:"encryption-type",value:"AES256|KMS",description:"\
Encryption of a created repository; KMS adds the KMS grants ECR needs (default: AES256)."},{name:"kms-key",value:"ARN",description:"KMS key ARN of a created rep\
ository (default: any key of the account)."},{name:"only",value:"permissions|trust",description:"Print just that one policy document, ready for `aws iam \u2026 file:\
//`."}],NN="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",kN="[A-Za-z0-9._-]{1,100}",JV=new RegExp(`^${NN}/${kN}$`),XV=new RegExp(`^${NN}@\\d{1,20}/${kN}@\\d{1,20}$`),YV=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,
QV=/^[^\x00-\x1f\x7f:]{1,255}$/,CN=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,ZV=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
e6=Ho("github","circleci","none"),t6=Ho("permissions","trust");function bN(t,e){if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.
test(e))throw new L(t,e,"contains control characters");return!0}function $N(t,e=process.env){let{values:r,positionals:o}=(0,PN.parseArgs)({args:t,options:Object.
fromEntries(Ty.map(R=>[R.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(o.length)throw new L("iam-policy",o[0],"is not a flag: every value follows i\
ts --flag (see `ecr-deliver iam-policy --help`)");let s=R=>{let T=r[R]?.trim();return T===""?void 0:T},n=(R,T)=>{let M=s(R);if(M===void 0)throw new L(R,"",`is r\
equired: ${T}`);return M},i=(R,T)=>{let M=s(R);return M!==void 0&&Bo(R,M,T(M)),M},a=n("repository","the ECR repository the role delivers to");Bo("repository",a,
Ke.repository(a));let c=$d(s("aws-region"),e),l=n("account-id","the 12-digit AWS account id of the role");Bo("account-id",l,Ke.account(l));let u=Jr("registry-id",
s("registry-id")),d=["repo","branch","environment","pull-request","github-issuer"].filter(R=>s(R)!==void 0),m=["org-id","project-id","vcs-ref"].filter(R=>s(R)!==
void 0),f=s("provider"),g=f!==void 0?e6.parse(f,"provider"):d.length?"github":m.length?"circleci":void 0;if(!g)throw new L("provider","","is required: github (w\
ith --repo), circleci (with --org-id), or none");let y=g==="github"?m:g==="circleci"?d:[...d,...m];if(y.length)throw new L(y[0],s(y[0]),`does not apply to --pro\
vider ${g}`);let h=i("audience",Ke.audience),E={repository:a,region:c,accountId:l,registryId:u,provider:g,audience:h,createRepository:Jr("create-repository",s("\
create-repository")),lifecyclePolicy:bN("lifecycle-policy",s("lifecycle-policy")),repositoryPolicy:bN("repository-policy",s("repository-policy")),cache:Jr("cach\
e",s("cache")),push:Jr("push",s("push")),encryptionType:Jr("encryption-type",s("encryption-type"))};if(E.kmsKey=i("kms-key",be(ZV,"is not a KMS key or alias ARN\
 like `arn:aws:kms:eu-west-1:123456789012:key/\u2026`")),E.kmsKey&&E.encryptionType!=="KMS")throw new L("kms-key",E.kmsKey,"needs --encryption-type KMS");if(g===
"github"){let R=n("repo","the GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!JV.test(R)&&!XV.test(R))throw new L("repo",R,"is not a GitHub reposito\
ry like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids");E.repo=R,E.environment=i("environment",be(QV,"is not a GitHub envir\
onment name (1\u2013255 characters, no `:`)"));let T=s("branch")?.replace(/^refs\/heads\//,"");if(T!==void 0&&E.environment!==void 0)throw new L("branch",T,"can\
not be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(T!==void 0&&!YV.test(T))throw new L("branch",T,"i\
s not a git branch name");let M=s("pull-request");if(E.pullRequest=M!==void 0&&Fr.parse(M,"pull-request"),E.pullRequest&&(T!==void 0||E.environment!==void 0))throw new L(
"pull-request",s("pull-request"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");E.environment===
void 0&&!E.pullRequest&&(E.branch=T??"main")}else if(g==="circleci"){let R=n("org-id","the CircleCI organization id (a UUID, Organization Settings > Overview)");
if(!CN.test(R))throw new L("org-id",R,"is not a CircleCI organization id (a lowercase UUID)");E.orgId=R;let T=n("project-id","the CircleCI project id (a UUID, P\
roject Settings > Overview): without it every project of the org could deliver");if(!CN.test(T))throw new L("project-id",T,"is not a CircleCI project id (a lowe\
rcase UUID)");E.projectId=T,E.vcsRef=i("vcs-ref",be(/^[A-Za-z0-9._/+@*#-]{1,255}$/,"is not a git ref like `refs/heads/main`"))}Object.assign(E,r6(s)),a.startsWith(
"public.ecr.aws/")&&(E.registryType="public"),g==="github"&&s("github-issuer")!==void 0&&(E.githubIssuer=i("github-issuer",be(/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,
"is not an OIDC issuer like `ghe.example.com/_services/token`")).replace(/^https:\/\//,"").replace(/\/+$/,""));let S=s("only"),I=S===void 0?void 0:t6.parse(S,"o\
nly");if(I==="trust"&&g==="none")throw new L("only",S,"needs a --provider: `none` has no trust policy");return{request:E,only:I}}function r6(t){let e=i=>(t(i)??
"").split(",").map(a=>a.trim()).filter(Boolean),r=e("pull-registries").map(i=>{let a=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/.exec(i);if(!a)throw new L(
"pull-registries",i,"is not an ECR registry id (12 digits) or `ID@REGION`");return{id:a[1],region:a[2]}}),o=e("pull-repositories");for(let i of o)if(!/^[a-z0-9*][a-z0-9._/*-]{0,255}$/.
test(i))throw new L("pull-repositories",i,"is not a repository name pattern (lowercase name, `*` wildcards)");if(o.length&&!r.length)throw new L("pull-repositor\
ies",t("pull-repositories"),"needs --pull-registries");let s=e("pull-through");for(let i of s)if(i.length<2||i.length>30||Ke.repository(i))throw new L("pull-thr\
ough",i,"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)");let n=t("registry-type")?.toLowerCase();if(n!==void 0&&n!=="p\
rivate"&&n!=="public")throw new L("registry-type",n,"is not one of private, public");return{pullRegistries:r,pullRepositories:o,pullThrough:s,registryType:n}}function LN(t,e){
let r=KV(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var ha=t=>e=>t[Ky(e)];function yd(t){let e=Sa(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Ed(t,e){let r=new ga(process.stderr);try{let o=Ps(t),s=Os(o),n=await md({options:o,context:s,reporter:r,run:jo,env:process.env});return r.
info(s6(n,r.clock)),e(n),0}catch(o){return yd(o)}}async function Sd(t,e){let r=new ga(process.stderr);try{let o=Ps(t,"login"),s=Os(o,process.env,"login"),{registry:n}=await fd(
{options:o,context:s,reporter:r,run:jo,env:process.env});return r.info(UN(`logged in to ${n}`,[["registry",n]],r.clock)),e(n),0}catch(o){return yd(o)}}function o6(t){
return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function s6(t,e){
let r=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,o=Yr.map(({name:s})=>[s,s==="pushed"?o6(t):Go(t,s)||
"-"]);return UN(r,o,e)}function UN(t,e,r){let o=[...e,["time",r.describe()]],s=Math.max(...o.map(([n])=>n.length));return[`\u2500\u2500 ecr-deliver: ${t} \u2500\u2500`,
...o.map(([n,i])=>`  ${n.padEnd(s)}  ${i}`)].join(`
`)}var FN="0.1.0";var vy=Nd.filter(t=>!t.githubOnly),HN=["iam-policy","login"];function Ay(t,e,r=100){let o=[],s="";for(let n of t.split(/\s+/).filter(Boolean))s&&e.length+s.length+
1+n.length>r?(o.push(s),s=n):s=s?`${s} ${n}`:n;return s&&o.push(s),o.map(n=>e+n).join(`
`)}function i6(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...vy.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${Ay(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Yr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function a6(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...vy.filter(e=>ba.includes(e.name)).
map(e=>`  --${e.name} <value>
${Ay(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function c6(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache true]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the rep\
ository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...Ty.map(t=>`  --${t.name} ${t.value}
${Ay(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function BN(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],s=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${s})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${s})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let n=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${An(n)} is not a command or flag: use ${HN.join(", ")} or --flags \
(${s})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${s})`}}function p6(t,e,r){try{let o=Object.fromEntries(e.map(s=>[s,{type:"string"}]));return(0,MN.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${BN(o,r)}
`),process.exitCode=2;return}}function l6(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${c6()}
`),0;try{let{request:e,only:r}=$N(t.filter(o=>o!=="--json"));process.stdout.write(LN(e,r));for(let o of DN(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${BN(e,"iam-policy")}
`),2):yd(e)}}async function GN(t){let e=HN.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=l6(t.slice(1));return}let r=e?t.slice(1):t,o=p6(r,e==="lo\
gin"?ba:vy.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?a6():i6()}
`);if(o.version)return void process.stdout.write(`${FN}
`);let s=ha(process.env);if(e==="login"){let i=a=>ba.includes(a)?o[a]??s(a):void 0;process.exitCode=await Sd(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let n=i=>o[i]??s(i);process.exitCode=await Ed(n,i=>{o.json&&process.stdout.write(`${JSON.stringify(qy(i))}
`)})}var VN=require("node:fs");var u6=["deliver","login"],zN="ECR_DELIVER_COMMAND",d6=t=>`'${t.replace(/'/g,"'\\''")}'`,WN=(t,e)=>`export ${Jy(t)}=${d6(e)}
`;function m6(t){return Yr.map(({name:e})=>WN(e,Go(t,e))).join("")}function jN(t,e){t.BASH_ENV?(0,VN.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function qN(t=process.env){let e=t[zN]||"deliver";e==="login"?process.exitCode=await Sd(ha(t),r=>jN(t,WN("registry",r))):e==="deliver"?process.exitCode=
await Ed(ha(t),r=>jN(t,m6(r))):(process.stderr.write(`ecr-deliver: ${zN}: ${An(e)} is not one of ${u6.join(", ")}
`),process.exitCode=2)}async function f6(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?_N(
t)?IN():wN():e.length===0&&t.CIRCLECI==="true"?qN():GN(e)}f6();
