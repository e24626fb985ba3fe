#!/usr/bin/env node
"use strict";var fN=Object.create;var cd=Object.defineProperty;var gN=Object.getOwnPropertyDescriptor;var hN=Object.getOwnPropertyNames;var yN=Object.getPrototypeOf,EN=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var ir=(t,e)=>{for(var r in e)cd(t,r,{get:e[r],enumerable:!0})},SN=(t,e,r,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let s of hN(e))!EN.call(t,s)&&
s!==r&&cd(t,s,{get:()=>e[s],enumerable:!(o=gN(e,s))||o.enumerable});return t};var so=(t,e,r)=>(r=t!=null?fN(yN(t)):{},SN(e||!t||!t.__esModule?cd(r,"default",{value:t,enumerable:!0}):r,t));var Ra,ct,Iy=p(()=>{Ra={warningEmitted:!1},ct=t=>{if(t&&!Ra.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){Ra.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(Ra.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var Ty=p(()=>{});function kr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var vy=p(()=>{});var nk,pr,Ay=p(()=>{nk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",pr=(t,e)=>{if(nk()&&typeof t?.handle!="functi\
on")return e}});var bn,Sd=p(()=>{bn=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var Os,_a,Ds=p(()=>{Sd();Os=(t,e=0,r=t.byteLength-e)=>{if(!bn(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},_a=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var ik,Ee,Cy=p(()=>{Ds();ik=/^[A-Za-z0-9+/]*={0,2}$/,Ee=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!ik.exec(t))throw new TypeError(
"Invalid base64 string.");let e=_a(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var re,wa=p(()=>{Ds();re=t=>{let e=_a(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var pe,by=p(()=>{Ds();wa();pe=t=>{let e;if(typeof t=="string"?e=re(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return Os(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function Py(t,e,r,o){return class Ia extends Uint8Array{static fromString(n,i="utf-8"){if(typeof n=="string")return i==="base64"?Ia.mutate(o(n)):Ia.mutate(e(n));
throw new Error(`Unsupported conversion from ${typeof n} to Uint8ArrayBlobAdapter.`)}static mutate(n){return Object.setPrototypeOf(n,Ia.prototype),n}transformToString(n="\
utf-8"){return n==="base64"?r(this):t(this)}}}var Oy=p(()=>{});var Z,Dy=p(()=>{Ds();Z=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return Os(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function Ny(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,Je[e[0]]+Je[e[1]]+Je[e[2]]+Je[e[3]]+"-"+Je[e[4]]+Je[e[5]]+"-"+Je[e[6]]+Je[e[7]]+"-"+Je[e[8]]+Je[e[9]]+"-"+Je[e[10]]+Je[e[11]]+Je[e[12]]+Je[e[13]]+
Je[e[14]]+Je[e[15]]}}var Je,ky=p(()=>{Je=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Bo,$y=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Bo||(Bo={}))});var Wr,Ly=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Wr||(Wr={}))});var Uy=p(()=>{Ly()});var wr,Fy=p(()=>{wr="__smithy_context"});var $r,My=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})($r||($r={}))});var Lr=p(()=>{$y();Uy();Fy();My()});var te,Hy=p(()=>{Lr();te=t=>t[wr]||(t[wr]={})});function C(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var xd=p(()=>{});function ak(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var z,By=p(()=>{z=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=ak(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var pt,Gy=p(()=>{pt=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var ck,Ur,zy=p(()=>{ck=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Ur=(t,e=!1)=>{if(!e)return ck.test(t);let r=t.split(".");for(let o of r)if(!Ur(o))return!1;
return!0}});function Rd(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var jy=p(()=>{});var V,Vy=p(()=>{V=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function qy(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,s=null]=r.split("=");o=decodeURIComponent(o),s&&(s=decodeURIComponent(s)),o in
e?Array.isArray(e[o])?e[o].push(s):e[o]=[e[o],s]:e[o]=s}return e}var Wy=p(()=>{});var fe,_d=p(()=>{Wy();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:s,search:n}=t,i;return n&&(i=qy(n)),{hostname:e,
port:o?parseInt(o):void 0,protocol:s,path:r,query:i}}});var co,Ky=p(()=>{xd();_d();co=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)C(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var Y=p(()=>{Hy();xd();By();Gy();zy();jy();Vy();_d();Ky()});var wd,pk,Jy,lk,Xy,Yy,Qy,uk,Zy,eE,dk,Ta,Ns,tE,mk,fk,rE=p(()=>{wd=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&fk.warn(mk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
pk=Math.ceil(2**127*(2-2**-23)),Jy=t=>{let e=wd(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>pk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},lk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},Xy=
t=>Qy(t,16),Yy=t=>Qy(t,8),Qy=(t,e)=>{let r=lk(t);if(r!==void 0&&uk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},uk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},Zy=t=>wd(typeof t=="string"?Ta(t):t),eE=t=>Jy(typeof t=="string"?
Ta(t):t),dk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,Ta=t=>{let e=t.match(dk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Ns=t=>Xy(typeof t=="string"?Ta(t):t),tE=t=>Yy(typeof t=="string"?Ta(t):t),mk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),fk={warn:console.warn}});function Go(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),s=t.getUTCDate(),n=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=s<10?`0${s}`:
`${s}`,l=n<10?`0${n}`:`${n}`,u=i<10?`0${i}`:`${i}`,d=a<10?`0${a}`:`${a}`;return`${gk[o]}, ${c} ${Td[r]} ${e} ${l}:${u}:${d} GMT`}var gk,Td,hk,vd,yk,Ad,Ek,Sk,xk,
On,Cd,Pn,Rk,_k,wk,Id,Ik,Tk,vk,Fr,Ak,Ck,ks,oE=p(()=>{rE();gk=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Td=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];hk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),vd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=hk.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,s,n,i,a,c,l]=e,u=Ns(ks(
o)),d=Fr(s,"month",1,12),m=Fr(n,"day",1,31);return Pn(u,d,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},yk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
Ad=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=yk.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,s,n,i,a,c,l,u]=e,d=Ns(ks(o)),m=Fr(s,"month",1,12),f=Fr(n,"day",1,31),g=Pn(d,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return u.toUpperCase()!="Z"&&g.setTime(g.getTime()-Ck(u)),g},Ek=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Sk=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
xk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
On=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=Ek.exec(t);if(e){let[r,o,s,n,i,a,c,
l]=e;return Pn(Ns(ks(n)),Id(s),Fr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=Sk.exec(t),e){let[r,o,s,n,i,a,c,l]=e;return wk(Pn(Rk(
n),Id(s),Fr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=xk.exec(t),e){let[r,o,s,n,i,a,c,l]=e;return Pn(Ns(ks(l)),Id(o),Fr(s.trimLeft(),
"day",1,31),{hours:n,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},Cd=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=Zy(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},Pn=(t,e,r,o)=>{let s=e-1;return Tk(t,s,r),new Date(Date.UTC(t,s,r,Fr(o.hours,"hour",0,23),Fr(o.minutes,"\
minute",0,59),Fr(o.seconds,"seconds",0,60),Ak(o.fractionalMilliseconds)))},Rk=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Ns(ks(t));return r<e?
r+100:r},_k=50*365*24*60*60*1e3,wk=t=>t.getTime()-new Date().getTime()>_k?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,Id=t=>{let e=Td.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},Ik=[31,28,
31,30,31,30,31,31,30,31,30,31],Tk=(t,e,r)=>{let o=Ik[e];if(e===1&&vk(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Td[e]} in ${t}: ${r}`)},vk=t=>t%4===0&&
(t%100!==0||t%400===0),Fr=(t,e,r,o)=>{let s=tE(ks(t));if(s<r||s>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return s},Ak=t=>t==null?0:
eE("0."+t)*1e3,Ck=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),s=Number(t.substring(4,6));return r*(o*60+s)*60*1e3},ks=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var lt,sE=p(()=>{lt=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};lt.from=t=>t&&typeof t=="object"&&(t instanceof lt||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?lt(String(t)):
lt(JSON.stringify(t));lt.fromObject=lt.from});function bd(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var nE=p(()=>{});function Kr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var Pd,Od,Dd,iE,aE,bk,Pk,Ok,Dk,Nk,kk,Nd,kd,$d,cE=p(()=>{Pd=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Od="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Dd="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",iE="(\
\\d?\\d)",aE="(\\d{4})",bk=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),Pk=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
Ok=new RegExp(`^${Pd}, ${iE} ${Od} ${aE} ${Dd} GMT$`),Dk=new RegExp(`^${Pd}, ${iE}-${Od}-(\\d\\d) ${Dd} GMT$`),Nk=new RegExp(`^${Pd} ${Od} ( [1-9]|\\d\\d) ${Dd}\
 ${aE}$`),kk=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Nd=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},kd=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=bk.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,s,n,i,a,,c,l]=e;Kr(o,1,12),Kr(s,1,31),Kr(n,0,23),Kr(i,0,59),Kr(a,0,60);let u=new Date(Date.UTC(Number(r),Number(o)-1,Number(s),Number(n),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(u.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,d,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=d==="-"?1:-1;u.setTime(u.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return u},$d=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(Pk.test(t))return new Date(t);let e,r,o,s,n,i,a,c;if((c=Ok.exec(t))?[,e,r,o,s,n,i,a]=c:(c=Dk.exec(t))?([,e,r,o,s,n,i,a]=
c,o=(Number(o)+1900).toString()):(c=Nk.exec(t))&&([,r,e,s,n,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),kk.indexOf(r),Number(e),Number(s),Number(n),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Kr(e,1,31),Kr(s,0,23),Kr(n,0,59),Kr(i,0,60);let u=new Date(l);return u.setUTCFullYear(Number(o)),u}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Ld(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let s=[],
n="";for(let i=0;i<o.length;i++)n===""?n=o[i]:n+=e+o[i],(i+1)%r===0&&(s.push(n),n="");return n!==""&&s.push(n),s}var pE=p(()=>{});var Dn,lE=p(()=>{Dn=t=>{let e=t.length,r=[],o=!1,s=!1,n=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':s||(o=!o);break;case",":o||(r.push(t.slice(n,i)),n=i+
1);break;default:}s=a==="\\"&&!s}return r.push(t.slice(n)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var uE,Ie,dE=p(()=>{uE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Ie=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!uE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&uE.test(r.string)}}});function Nn(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Ud)e[r/2]=Ud[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function le(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=mE[t[r]];return e}var mE,Ud,Fd=p(()=>{mE={},Ud={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),mE[t]=e,Ud[e]=t}});var $s,ut,fE=p(()=>{$s=require("node:fs"),ut=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof $s.ReadStream){if(t.path!=null)
return(0,$s.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,$s.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var lr,gE=p(()=>{wa();lr=t=>t instanceof Uint8Array?t:typeof t=="string"?re(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function va(t,e){if(e===void 0){e=0;for(let s of t)e+=s.byteLength}let r=new Uint8Array(e),o=0;for(let s of t)r.set(s,o),o+=s.byteLength;return r}var Md=p(()=>{});var Xe,kn=p(()=>{Xe=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,s=!0;typeof r=="boolean"?(o=void 0,s=r):r!=null&&typeof r==
"object"&&(o=r.logger,s=r.tryNextLink??!0),super(e),this.tryNextLink=s,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${s?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var w,Aa=p(()=>{kn();w=class t extends Xe{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var ur,hE=p(()=>{kn();ur=class t extends Xe{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var zo,Hd=p(()=>{kn();zo=(...t)=>async()=>{if(t.length===0)throw new Xe("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var yE,EE=p(()=>{yE=t=>()=>Promise.resolve(t)});var Ca,Bd=p(()=>{Ca=(t,e,r)=>{let o,s,n,i=!1,a=async()=>{s||(s=t());try{o=await s,n=!0,i=!1}finally{s=void 0}return o};return e===void 0?async c=>((!n||c?.forceRefresh)&&
(o=await a()),o):async c=>((!n||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var dr,ba=p(()=>{dr=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var dt,Pa=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(dt||(dt={}))});var SE,xE,Gd,$k,po,$n=p(()=>{SE=require("node:os"),xE=require("node:path"),Gd={},$k=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",po=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${xE.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let s=$k();return Gd[s]||(Gd[s]=(0,SE.homedir)()),
Gd[s]}});var Oa,RE,mt,zd=p(()=>{Oa="AWS_PROFILE",RE="default",mt=t=>t.profile||process.env[Oa]||RE});var _E,wE,Ln,jd=p(()=>{_E=require("node:crypto"),wE=require("node:path");$n();Ln=t=>{let r=(0,_E.createHash)("sha1").update(t).digest("hex");return(0,wE.join)(po(),
".aws","sso","cache",`${r}.json`)}});var IE,Un,Fn,Vd=p(()=>{IE=require("node:fs/promises");jd();Un={},Fn=async t=>{if(Un[t])return Un[t];let e=Ln(t),r=await(0,IE.readFile)(e,"utf8");return JSON.parse(
r)}});var TE,vE=p(()=>{Lr();TE=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values($r).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let s=r.indexOf("."),n=r.substring(0,s)===$r.PROFILE?r.substring(s+1):r;return e[n]=o,e},{...t.default&&{default:t.default}})});var AE,Lk,Da,qd=p(()=>{AE=require("node:path");$n();Lk="AWS_CONFIG_FILE",Da=()=>process.env[Lk]||(0,AE.join)(po(),".aws","config")});var CE,Uk,bE,PE=p(()=>{CE=require("node:path");$n();Uk="AWS_SHARED_CREDENTIALS_FILE",bE=()=>process.env[Uk]||(0,CE.join)(po(),".aws","credentials")});var Fk,Mk,Mn,Wd=p(()=>{Lr();Fk=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,Mk=["__proto__","profile __proto__"],Mn=t=>{let e={},r,o;for(let s of t.split(/\r?\n/)){let n=s.
split(/(^|\s)[;#]/)[0].trim();if(n[0]==="["&&n[n.length-1]==="]"){r=void 0,o=void 0;let a=n.substring(1,n.length-1),c=Fk.exec(a);if(c){let[,l,,u]=c;Object.values(
$r).includes(l)&&(r=[l,u].join("."))}else r=a;if(Mk.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=n.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[n.substring(0,a).trim(),n.substring(a+1).trim()];if(l==="")o=c;else{o&&s.trimStart()===s&&(o=void 0),e[r]=e[r]||{};let u=o?[o,c].join("."):
c;e[r][u]=l}}}}return e}});var OE,Kd,Hn,Bn,Na=p(()=>{OE=require("node:fs/promises"),Kd={},Hn={},Bn=(t,e)=>Hn[t]!==void 0?Hn[t]:((!Kd[t]||e?.ignoreCache)&&(Kd[t]=(0,OE.readFile)(t,"utf8")),
Kd[t])});var Jd,DE,ka,Xd=p(()=>{Jd=require("node:path");vE();qd();PE();$n();Wd();Na();DE=()=>({}),ka=async(t={})=>{let{filepath:e=bE(),configFilepath:r=Da()}=t,o=po(),s="\
~/",n=e;e.startsWith(s)&&(n=(0,Jd.join)(o,e.slice(2)));let i=r;r.startsWith(s)&&(i=(0,Jd.join)(o,r.slice(2)));let a=await Promise.all([Bn(i,{ignoreCache:t.ignoreCache}).
then(Mn).then(TE).catch(DE),Bn(n,{ignoreCache:t.ignoreCache}).then(Mn).catch(DE)]);return{configFile:a[0],credentialsFile:a[1]}}});var NE,kE=p(()=>{Lr();NE=t=>Object.entries(t).filter(([e])=>e.startsWith($r.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var Hk,Gn,$E=p(()=>{qd();kE();Wd();Na();Hk=()=>({}),Gn=async(t={})=>Bn(t.configFilepath??Da()).then(Mn).then(NE).catch(Hk)});var LE,UE=p(()=>{LE=(...t)=>{let e={};for(let r of t)for(let[o,s]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],s):e[o]=s;return e}});var Ir,FE=p(()=>{Xd();UE();Ir=async t=>{let e=await ka(t);return LE(e.configFile,e.credentialsFile)}});var zn,ME=p(()=>{Vd();Na();zn={getFileRecord(){return Hn},interceptFile(t,e){Hn[t]=Promise.resolve(e)},getTokenRecord(){return Un},interceptToken(t,e){Un[t]=e}}});function $a(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Yd=p(()=>{});var HE,BE=p(()=>{Aa();Yd();HE=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new w(r.message||`Not found in E\
NV: ${$a(t.toString())}`,{logger:e?.logger})}}});var GE,zE=p(()=>{Aa();zd();Xd();Yd();GE=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=mt(r),{configFile:s,credentialsFile:n}=await ka(r),i=n[o]||{},a=s[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let u=t(c,e==="config"?s:n);if(u===void 0)throw new Error;return u}catch(l){throw new w(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${$a(t.toString())}`,{logger:r.logger})}}});var Bk,jE,VE=p(()=>{EE();Bk=t=>typeof t=="function",jE=t=>Bk(t)?async()=>await t():yE(t)});var _,Qd=p(()=>{Hd();Bd();BE();zE();VE();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:s,logger:n}=o;return Ca(zo(HE(
t,{signingName:s,logger:n}),GE(e,o),jE(r)))}});var qE,WE,ft,KE=p(()=>{ba();Pa();qE="AWS_USE_DUALSTACK_ENDPOINT",WE="use_dualstack_endpoint",ft={environmentVariableSelector:t=>dr(t,qE,dt.ENV),configFileSelector:t=>dr(
t,WE,dt.CONFIG),default:!1}});var JE,XE,gt,YE=p(()=>{ba();Pa();JE="AWS_USE_FIPS_ENDPOINT",XE="use_fips_endpoint",gt={environmentVariableSelector:t=>dr(t,JE,dt.ENV),configFileSelector:t=>dr(t,
XE,dt.CONFIG),default:!1}});var Vo,lo,Ls,QE,ZE,Zd=p(()=>{Vo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},lo=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,Ls=()=>{let t=[],e=[],r=!1,o=new Set,s=d=>d.sort((m,f)=>QE[f.step]-QE[m.step]||ZE[f.priority||"normal"]-ZE[m.priority||"normal"]),n=d=>{let m=!1,
f=g=>{let y=Vo(g.name,g.aliases);if(y.includes(d)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=d=>{let m=!1,f=g=>{
if(g.middleware===d){m=!0;for(let y of Vo(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=d=>(t.forEach(m=>{d.add(m.middleware,
{...m})}),e.forEach(m=>{d.addRelativeTo(m.middleware,{...m})}),d.identifyOnResolve?.(u.identifyOnResolve()),d),c=d=>{let m=[];return d.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(d),d.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(d=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let E={...h,before:[],after:[]};for(let S of Vo(E.name,E.aliases))g[S]=E;m.push(E)}),e.forEach(h=>{let E={
...h,before:[],after:[]};for(let S of Vo(E.name,E.aliases))g[S]=E;f.push(E)}),f.forEach(h=>{if(h.toMiddleware){let E=g[h.toMiddleware];if(E===void 0){if(d)return;
throw new Error(`${h.toMiddleware} is not found when adding ${lo(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&E.after.push(
h),h.relation==="before"&&E.before.push(h)}}),s(m).map(c).reduce((h,E)=>(h.push(...E),h),[])},u={add:(d,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:d,...m},E=Vo(f,y);if(E.length>0){if(E.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${lo(f,y)}'`);for(let S of E){
let T=t.findIndex(I=>I.name===S||I.aliases?.some(M=>M===S));if(T===-1)continue;let R=t[T];if(R.step!==h.step||h.priority!==R.priority)throw new Error(`"${lo(R.name,
R.aliases)}" middleware with ${R.priority} priority in ${R.step} step cannot be overridden by "${lo(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(T,1)}}for(let S of E)o.add(S)}t.push(h)},addRelativeTo:(d,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:d,...m},E=Vo(f,y);if(E.length>0){
if(E.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${lo(f,y)}'`);for(let S of E){let T=e.findIndex(I=>I.name===S||I.aliases?.some(M=>M===
S));if(T===-1)continue;let R=e[T];if(R.toMiddleware!==h.toMiddleware||R.relation!==h.relation)throw new Error(`"${lo(R.name,R.aliases)}" middleware ${R.relation}\
 "${R.toMiddleware}" middleware cannot be overridden by "${lo(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(T,1)}}for(let S of E)o.
add(S)}e.push(h)},clone:()=>a(Ls()),use:d=>{d.applyToStack(u)},remove:d=>typeof d=="string"?n(d):i(d),removeByTag:d=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:E}=g;
if(y&&y.includes(d)){let S=Vo(h,E);for(let T of S)o.delete(T);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:d=>{let m=a(Ls());return m.use(
d),m.identifyOnResolve(r||m.identifyOnResolve()||(d.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(d=>{let m=d.step??d.relation+" "+d.toMiddleware;
return lo(d.name,d.aliases)+" - "+m}),identifyOnResolve(d){return typeof d=="boolean"&&(r=d),r},resolve:(d,m)=>{for(let f of l().map(g=>g.middleware).reverse())
d=f(d,m);return r&&console.log(u.identify()),d}};return u},QE={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},ZE={high:3,normal:2,low:1}});var Re,eS=p(()=>{Zd();Re=class{config;middlewareStack=Ls();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let s=typeof r!="function"?r:void 0,n=typeof r=="function"?r:o,i=s===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
s),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,s);if(n)a(e).then(c=>n(null,c.output),c=>n(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Jr,em=p(()=>{Jr=t=>typeof t=="function"?t():t});var La,tm=p(()=>{La=(t,e,r,o,s)=>({name:e,namespace:t,traits:r,input:o,output:s})});var tS,rm,rS=p(()=>{Y();tm();tS=t=>(e,r)=>async o=>{let{response:s}=await e(o),{operationSchema:n}=te(r),[,i,a,c,l,u]=n??[];try{let d=await t.protocol.deserializeResponse(
La(i,a,c,l,u),{...t,...r},s);return{response:s,output:d}}catch(d){if(Object.defineProperty(d,"$response",{value:s,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in d)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{d.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof d.$responseBodyText<"u"&&d.$response&&(d.$response.
body=d.$responseBodyText);try{if(pt.isInstance(s)){let{headers:f={},statusCode:g}=s,y=Object.entries(f);d.$metadata={httpStatusCode:g,requestId:rm(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:rm(/^x-[\w-]+-id-2$/,y),cfId:rm(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw d}},rm=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var oS,sS=p(()=>{Y();tm();oS=t=>(e,r)=>async o=>{let{operationSchema:s}=te(r),[,n,i,a,c,l]=s??[],u=r.endpointV2?async()=>co(r.endpointV2):t.endpoint,d=await t.protocol.
serializeRequest(La(n,i,a,c,l),o.input,{...t,...r,endpoint:u});return e({...o,request:d})}});function ht(t){return{applyToStack:e=>{e.add(oS(t),iS),e.add(tS(t),nS),t.protocol.setSerdeContext(t)}}}var nS,iS,aS=p(()=>{rS();sS();nS={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},iS={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function uo(t){if(typeof t=="object")return t;if(t=t|0,Ua[t])return Ua[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Ua[t]=e}var Ua,om=p(()=>{Ua=[]});function Vn(t,e){if(t instanceof H)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=H;return new r(t,e)}var jn,Fa,Ma,H,sm,cS,pS=p(()=>{em();om();
jn={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Fa=[],Ma={},H=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],s=e,n=e;for(this._isMemberSchema=!1;sm(s);)o.push(s[1]),s=s[0],n=Jr(s),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,uo(a))}}else this.memberTraits=0;if(n instanceof t){let i=this.memberTraits;Object.
assign(this,n),this.memberTraits=Object.assign({},i,n.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??n.memberName;return}
if(this.schema=Jr(n),cS(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(n),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Fa[e])return Fa[e]}else if(typeof e=="string"){if(Ma[e])return Ma[e]}else if(r&&e[jn.ns])return e[jn.ns];let o=Jr(e);if(o instanceof
t)return o;if(sm(o)){let[n,i]=o;if(n instanceof t)return Object.assign(n.getMergedTraits(),uo(i)),n;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let s=new t(o);return r?e[jn.ns]=s:typeof o=="string"?Ma[o]=s:typeof o=="number"?Fa[o]=s:s}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return uo(this.memberTraits)}getOwnTraits(){return uo(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),s=e?15:o[4]??0;return Vn([s,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,s]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],n=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||s)?e[3+e[0]]:r?15:void 0;
if(n!=null)return Vn([n,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),s=r[5][o];return Vn(sm(s)?s:[s,0],e)}if(this.isDocumentSchema())return Vn([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[jn.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let s=0;s<r;++s){let n=e[4][s],i=Vn([e[5][s],0],n);yield o[s]=[n,i]}e[jn.it]=o}};sm=t=>Array.isArray(t)&&t.length===
2,cS=t=>Array.isArray(t)&&t.length>=5});var K,lS=p(()=>{K=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[s,n]of e.
schemas)r.has(s)||r.set(s,n);for(let[s,n]of e.exceptions)o.has(s)||o.set(s,n)}register(e,r){let o=this.normalizeShapeId(e);for(let s of[this,t.for(o.split("#")[0])])
s.schemas.has(o)||s.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,s=[];for(let[n,i]of this.
schemas.entries())n.endsWith(o)&&s.push(i);if(s.length===1)return s[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,s=o[1],n=s+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=n);for(let i of[this,t.for(s)])!i.schemas.has(n)&&!i.exceptions.has(
o)&&(i.schemas.set(n,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,s=r+"#"+o;if(s.startsWith("smithy.ts.sdk.synthetic.")&&s.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Q=p(()=>{em();aS();pS();om();lS()});function Us(t,e){if(e==null)return e;let r=H.of(t);if(r.getMergedTraits().sensitive)return nm;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return nm;if(Array.isArray(e))return e.map(s=>Us(o,s))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return nm;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([s,n])=>[s,Us(o,n)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,s={};for(let[n,i]of r.structIterator())o[n]!=null&&(s[n]=Us(i,o[n]));return s}return e}var nm,uS=p(()=>{Q();nm="***SensitiveInformat\
ion***"});var dS,Er,im,am=p(()=>{Lr();Zd();uS();Q();dS=Symbol.for("@smithy/op-event-stream"),Er=class{middlewareStack=Ls();schema;static classBuilder(){return new im}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:s,clientName:n,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:u,CommandCtor:d}){for(let I of s.
bind(this)(d,e,r,o))this.middlewareStack.use(I);let m=e.concat(this.middlewareStack),{logger:f}=r,g=u[wr],y={logger:f,clientName:n,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...u,[wr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,E=o??{};E.metricsRecorder&&(E={...E},delete E.metricsRecorder);let S,T=this.schema,R=T?.[dS];if(R!==void 0)
S=R;else if(T&&Array.isArray(T)&&T[0]===9){let[,,,,I,M]=T;S=T[dS]=!!(H.of(I).getEventStreamMember()||H.of(M).getEventStreamMember())}return S&&(E={isEventStream:S,
...E}),m.resolve(I=>h.handle(I.request,E),y)}},im=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends Er{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,s,n){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,s,
n,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?Us.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?Us.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var Xr,mS=p(()=>{Xr=(t,e,r)=>{for(let[n,i]of Object.entries(t)){let a=async function(l,u,d){let m=new i(l);if(typeof u=="function")this.send(m,u);else if(typeof d==
"function"){if(typeof u!="object")throw new Error(`Expected http options but got ${typeof u}`);this.send(m,u||{},d)}else return this.send(m,u)},c=(n[0].toLowerCase()+
n.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:s={}}=r??{};for(let[n,i]of Object.entries(o))e.prototype[n]===void 0&&(e.prototype[n]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[n,i]of Object.entries(s))e.prototype[n]===void 0&&(e.prototype[n]=async function(a={},c,...l){
let u=c;return typeof c=="number"&&(u={maxWaitTime:c}),i({...u,client:this},a,...l)})}});var $e,Ha,fS=p(()=>{$e=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,s=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(s=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&s)return!1;let n=this.name;if(n&&n.length>=6){if(r.
name===n)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===n)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},Ha=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,s])=>{(t[o]==null||t[o]==="")&&(t[o]=s)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var yt,gS=p(()=>{yt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var hS,Et,yS=p(()=>{hS=!1,Et=t=>{t&&!hS&&parseInt(t.substring(1,t.indexOf(".")))<16&&(hS=!0)}});var ES,SS,xS,RS=p(()=>{Y();Lr();ES=Object.values(Wr),SS=t=>{let e=[];for(let r in Wr){if(!C(Wr,r))continue;let o=Wr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),s=r.checksumConstructor();ES.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=s:t.checksumAlgorithms[o]=
s,e.push(r)},checksumAlgorithms(){return e}}},xS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();ES.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var _S,wS,IS=p(()=>{_S=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),wS=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var St,xt,TS=p(()=>{RS();IS();St=t=>Object.assign(SS(t),_S(t)),xt=t=>Object.assign(xS(t),wS(t))});var Ba,vS=p(()=>{Y();Ba=t=>{let e="#text";for(let r in t)C(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=Ba(t[r])));return t}});var Se,AS=p(()=>{Se=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Rt(t,e,r,o){return function(n,i,a,c,l={}){let u=Object.assign({},t,n);return Er.classBuilder().ep(u).m(function(d,m,f,g){let y=i.call(this,d,m,f,g);return y.
unshift(o(f,d.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var CS=p(()=>{am()});var v=p(()=>{Y();Y();eS();am();mS();gS();yS();fS();TS();vS();AS();CS()});var bS,cm,pm,PS,OS,DS,NS,kS,$S,lm=p(()=>{bS="AWS_EXECUTION_ENV",cm="AWS_REGION",pm="AWS_DEFAULT_REGION",PS="AWS_EC2_METADATA_DISABLED",OS=["in-region","cross-re\
gion","mobile","standard","legacy"],DS="/latest/meta-data/placement/region",NS="/latest/api/token",kS="x-aws-ec2-metadata-token",$S="x-aws-ec2-metadata-token-tt\
l-seconds"});var LS,Gk,MS,Ga,US,zk,FS,um=p(()=>{lm();LS=1e3,Gk=6e4,MS=0,Ga=async()=>{if(!process.env[PS]&&!(Date.now()<MS))try{let t=zk(),e=(await FS({...t,path:NS,method:"P\
UT",headers:{[$S]:"21600"}})).toString();return(await FS({...t,path:DS,method:"GET",headers:{[kS]:e}})).toString().trim()||US()}catch{return US()}},US=()=>{MS=Date.
now()+Gk},zk=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},FS=async t=>{let{request:e}=await import("node:http");
return new Promise((r,o)=>{let s=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:LS,signal:AbortSignal.timeout(LS)});s.
on("error",n=>{o(n),s.destroy()}),s.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),s.destroy()}),s.on("response",n=>{let{statusCode:i=400}=n;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),s.destroy();return}let a=[];n.on("data",c=>a.
push(c)),n.on("end",()=>{r(Buffer.concat(a)),s.destroy()})}),s.end()})}});var HS,BS,Te,Le,dm=p(()=>{um();HS="AWS_REGION",BS="region",Te={environmentVariableSelector:t=>t[HS],configFileSelector:t=>t[BS],default:async()=>{let t=await Ga();
if(t)return t;throw new Error("Region is missing")}},Le={preferredFile:"credentials"}});var GS,zS,jS=p(()=>{Y();GS=new Set,zS=(t,e=Ur)=>{if(!GS.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else GS.add(t)}});var za,mm=p(()=>{za=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var VS,qS=p(()=>{mm();VS=t=>za(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var _t,WS=p(()=>{jS();qS();mm();_t=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,s=VS(o);return zS(s),s},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return za(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var jk,Vk,KS,JS=p(()=>{jk="AWS_DEFAULTS_MODE",Vk="defaults_mode",KS={environmentVariableSelector:t=>t[jk],configFileSelector:t=>t[Vk],default:"legacy"}});var wt,qk,Wk,XS=p(()=>{dm();um();Qd();Bd();lm();JS();wt=({region:t=_(Te),defaultsMode:e=_(KS)}={})=>Ca(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return qk(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${OS.join(", ")}, got ${r}`)}}),qk=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await Wk();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},Wk=async()=>process.env[bS]&&(process.env[cm]||process.
env[pm])?process.env[cm]??process.env[pm]:Ga()});var $=p(()=>{kn();Aa();hE();Hd();ba();Pa();zd();jd();Vd();$E();FE();ME();Qd();KE();YE();dm();WS();XS()});var YS,QS,ZS,ex=p(()=>{YS="AWS_ENDPOINT_URL",QS="endpoint_url",ZS=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(n=>n.toUpperCase()),o=e[[YS,...r].
join("_")];if(o)return o;let s=e[YS];if(s)return s},configFileSelector:(e,r)=>{if(e.services){let s=["services",e.services].join(".");if(!r||!r[s])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let n=r[s],i=t.split(" ").map(c=>c.toLowerCase()),
a=n[[i.join("_"),QS].join(".")];if(a)return a}let o=e[QS];if(o)return o},default:void 0})});var Kk,Jk,tx,rx=p(()=>{$();Kk="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",Jk="ignore_configured_endpoint_urls",tx={environmentVariableSelector:t=>dr(t,Kk,dt.ENV),configFileSelector:t=>dr(
t,Jk,dt.CONFIG),default:!1}});var qn,ox=p(()=>{$();ex();rx();qn=async t=>{if(!await _(tx)())return _(ZS(t??""))()}});var fm,Xk,Yk,Qk,sx,nx,ix=p(()=>{fm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),nx(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!sx(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},Xk=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,Yk=/(\d+\.){3}\d+/,Qk=/\.\./,sx=t=>Xk.test(t)&&!Yk.test(t)&&!Qk.test(t),nx=t=>{let[e,r,o,,,s]=t.split(":"),n=e===
"arn"&&t.split(":").length>=6,i=!!(n&&r&&o&&s);if(n&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var ax=p(()=>{ix()});var cx,px=p(()=>{cx=(t,e,r,o=!1)=>{let s=async()=>{let n;return o?n=r.clientContextParams?.[t]??r[t]??r[e]:n=r[t]??r[e],typeof n=="function"?n():n};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let n=typeof r.credentials=="function"?await r.credentials():r.credentials;return n?.credentialScope??n?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let n=typeof r.credentials=="function"?await r.credentials():r.credentials;return n?.accountId??n?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let n=await s();if(n&&typeof n=="object"){if("url"in n)return n.url.href;if("hostname"in n){
let{protocol:i,hostname:a,port:c,path:l}=n;return`${i}//${a}${c?":"+c:""}${l}`}}return n}:s}});var gm=p(()=>{Y()});function ja(t){return async(e,r,o,s)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(co(a)),o.isCustomEndpoint=!0,s?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let n=await Fs(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(n,s);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Fs,Va=p(()=>{ax();px();gm();Fs=async(t,e,r)=>{let o={},s=e?.getEndpointParameterInstructions?.()||{};for(let[n,i]of Object.entries(s))switch(i.type){case"\
staticContextParams":o[n]=i.value;break;case"contextParams":o[n]=t[i.name];break;case"clientContextParams":case"builtInParams":o[n]=await cx(i.name,n,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[n]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(s).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await fm(o),o}});function Zk(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function qa(t){let e=ja(t);return({config:r,instructions:o})=>(s,n)=>async i=>{r.isCustomEndpoint&&Zk(n,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},n);n.endpointV2=a,n.authSchemes=a.properties?.authSchemes;let c=n.authSchemes?.[0];if(c){n.signing_region=c.signingRegion,n.signing_service=c.
signingName;let u=te(n)?.selectedHttpAuthScheme?.httpAuthOption;u&&(u.signingProperties=Object.assign(u.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return s({...i})}}var hm=p(()=>{Y();Va()});function lx(t){let e=qa(t);return(r,o)=>({applyToStack:s=>{s.addRelativeTo(e({config:r,instructions:o}),t$)}})}var e$,t$,ux=p(()=>{hm();e$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},t$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:e$.name}});function dx(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:s,useFipsEndpoint:n}=e,i=o!=null?async()=>co(await V(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:V(s??!1),useFipsEndpoint:V(n??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var mx=p(()=>{Y();gm()});var Ue,fx=p(()=>{Ue=class t{nodes;root;conditions;results;constructor(e,r,o,s){this.nodes=e,this.root=r,this.conditions=o,this.results=s}static from(e,r,o,s){return new t(
e,r,o,s)}}});var Fe,gx=p(()=>{Fe=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let s=this.data.keys(),n=0;for(;;){let{value:i,done:a}=s.next();if(this.data.delete(
i),a||++n>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let s of o){
let n=e[s],i=n==null?"\0":String(n);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var ge,hx=p(()=>{ge=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var Yr=p(()=>{hx()});var ym,yx=p(()=>{ym="endpoints"});function Ms(t){return typeof t!="object"||t==null?t:"ref"in t?`$${Ms(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(Ms).join(", ")})`:JSON.stringify(t,null,2)}var Ex=p(
()=>{});var Sx=p(()=>{yx();Ex()});var ve,Em=p(()=>{ve={}});var Sm,xx=p(()=>{Sm=(t,e)=>t===e});function xm(...t){for(let e of t)if(e!=null)return e}var Rx=p(()=>{});var _x,wx=p(()=>{Yr();_x=t=>{let e=t.split("."),r=[];for(let o of e){let s=o.indexOf("[");if(s!==-1){if(o.indexOf("]")!==o.length-1)throw new ge(`Path: '${t}' d\
oes not end with ']'`);let n=o.slice(s+1,-1);if(Number.isNaN(parseInt(n)))throw new ge(`Invalid array index: '${n}' in path: '${t}'`);s!==0&&r.push(o.slice(0,s)),
r.push(n)}else r.push(o)}return r}});var Wn,Ix=p(()=>{Yr();wx();Wn=(t,e)=>_x(e).reduce((r,o)=>{if(typeof r!="object")throw new ge(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let s=parseInt(o);return r[s<0?r.length+s:s]}return r[o]},t)});var Rm,Tx=p(()=>{Rm=t=>t!=null});function _m(t,e,r){return t?e:r}var vx=p(()=>{});var wm,Ax=p(()=>{wm=t=>!t});var r$,Hs,Im=p(()=>{r$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Hs=t=>r$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var Tm,vm,Cx=p(()=>{Lr();Im();Tm={[Bo.HTTP]:80,[Bo.HTTPS]:443},vm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,E=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return E.search=Object.entries(h).map(([S,T])=>`${S}=${T}`).join("&"),E}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:s,
pathname:n,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Bo).includes(c))return null;let l=Hs(s),u=r.includes(`${o}:${Tm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${Tm[c]}`),d=`${o}${u?`:${Tm[c]}`:""}`;return{scheme:c,authority:d,path:n,normalizedPath:n.endsWith("/")?n:`${n}/`,isIp:l}}});function Am(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var bx=p(()=>{});var Cm,Px=p(()=>{Cm=(t,e)=>t===e});var bm,Ox=p(()=>{bm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Pm,Dx=p(()=>{Pm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Om=p(()=>{xx();Rx();Ix();Tx();Y();vx();Ax();Cx();bx();Px();Ox();Dx()});var Nx,kx=p(()=>{Om();Nx={booleanEquals:Sm,coalesce:xm,getAttr:Wn,isSet:Rm,isValidHostLabel:Ur,ite:_m,not:wm,parseURL:vm,split:Am,stringEquals:Cm,substring:bm,uriEncode:Pm}});var Wa,Dm=p(()=>{Om();Wa=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:s}=e,n=0;for(;n<t.length;){let i=t.indexOf("{",n);if(i===-1){r.push(t.slice(n));break}
r.push(t.slice(n,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),n=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,u]=c.split("#");r.push(Wn(o[l]??s[l],u))}else r.push(o[c]??s[c]);n=a+1}return r.join("")}});var $x,Lx=p(()=>{$x=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var qo,Ka,Ux,Kn=p(()=>{Yr();Em();kx();Dm();Lx();qo=(t,e,r)=>{if(typeof t=="string")return Wa(t,r);if(t.fn)return Ux.callFunction(t,r);if(t.ref)return $x(t,r);throw new ge(
`'${e}': ${String(t)} is not a string, function or reference.`)},Ka=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=Ux.evaluateExpression(a,"arg",r)}let s=t.indexOf(".");if(s!==-1){let a=ve[t.slice(0,s)]?.[t.slice(s+1)];if(typeof a=="f\
unction")return a(...o)}let n=Nx[t];if(typeof n=="function")return n(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},Ux={evaluateExpression:qo,
callFunction:Ka}});var Fx=p(()=>{Kn()});var Mx,Hx=p(()=>{Sx();Yr();Fx();Mx=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new ge(`'${r}' is already defined in Reference Record.`);let o=Ka(
t,e);e.logger?.debug?.(`${ym} evaluateCondition: ${Ms(t)} = ${Ms(o)}`);let s=o===""?!0:!!o;return r!=null?{result:s,toAssign:{name:r,value:o}}:{result:s}}});var Bx,Gx=p(()=>{Yr();Kn();Bx=(t,e)=>Object.entries(t??{}).reduce((r,[o,s])=>(r[o]=s.map(n=>{let i=qo(n,"Header value entry",e);if(typeof i!="string")throw new ge(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Nm,zx,jx,Vx=p(()=>{Yr();Dm();Nm=(t,e)=>Object.entries(t).reduce((r,[o,s])=>(r[o]=jx.getEndpointProperty(s,e),r),{}),zx=(t,e)=>{if(Array.isArray(t))return t.
map(r=>zx(r,e));switch(typeof t){case"string":return Wa(t,e);case"object":if(t===null)throw new ge(`Unexpected endpoint property: ${t}`);return jx.getEndpointProperties(
t,e);case"boolean":return t;default:throw new ge(`Unexpected endpoint property type: ${typeof t}`)}},jx={getEndpointProperty:zx,getEndpointProperties:Nm}});var qx,Wx=p(()=>{Yr();Kn();qx=(t,e)=>{let r=qo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new ge(`Endpoint URL must be a string, got ${typeof r}`)}});var km,It,Kx=p(()=>{Yr();Hx();Kn();Gx();Vx();Wx();km=1e8,It=(t,e)=>{let{nodes:r,root:o,results:s,conditions:n}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<km;){let l=3*(Math.abs(i)-1),[u,d,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=n[u],h=Mx({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:E,value:S}=h.toAssign;a[E]=S}i=i>=0===h.result?d:m}if(i>=km){let l=s[i-km];if(l[0]===-1){let[,f]=l;throw new ge(qo(f,"Error",c))}let[u,d,m]=l;
return{url:qx(u,c),properties:Nm(d,c),headers:Bx(m??{},c)}}throw new ge("No matching endpoint.")}});var d9,qt,m9,Wt,j=p(()=>{ox();Va();hm();ux();mx();fx();gx();Kx();Im();Y();Em();Va();d9=ja(qn),qt=dx(qn),m9=qa(qn),Wt=lx(qn)});var Jn,Ja,Xa=p(()=>{Jn=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),Ja=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var Jx,Xx=p(()=>{Jx=t=>new TextEncoder().encode(t)});var Yx,I9,Qx,Ya,$m,Zx,eR=p(()=>{Yx="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",I9=Object.entries(Yx).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),Qx=Yx.split(""),Ya=6,$m=8,Zx=63});function tR(t){let e;typeof t=="string"?e=Jx(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let s="";for(let n=0;n<e.length;n+=
3){let i=0,a=0;for(let l=n,u=Math.min(n+3,e.length);l<u;l++)i|=e[l]<<(u-l-1)*$m,a+=$m;let c=Math.ceil(a/Ya);i<<=c*Ya-a;for(let l=1;l<=c;l++){let u=(c-l)*Ya;s+=Qx[(i&
Zx<<u)>>u]}s+="==".slice(0,4-c)}return s}var rR=p(()=>{Xx();eR()});var oR,sR=p(()=>{oR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Lm(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function Um(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:s,value:n}=await r.read();
if(n&&(e.push(n),o+=n.length),s)break}return va(e,o)}var nR,Fm=p(()=>{Md();Xa();nR=async t=>Ja(t)?Lm(t):Um(t)});var iR,cR,aR,pR=p(()=>{rR();Fd();sR();Fm();Xa();iR="The stream has already been transformed.",cR=t=>{if(!aR(t)&&!Jn(t)){let s=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${s}`)}let e=!1,r=async()=>{if(e)throw new Error(iR);return e=!0,await nR(
t)},o=s=>{if(typeof s.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return s.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async s=>{let n=await r();if(s==="base64")return tR(n);if(s==="hex")return le(n);if(s===void 0||s==="utf8"||s===
"utf-8")return oR(n);if(typeof TextDecoder=="function")return new TextDecoder(s).decode(n);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(iR);if(e=!0,aR(t))return o(t);if(Jn(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},aR=t=>typeof Blob=="function"&&t instanceof Blob});var lR,Pe,Mm,Hm=p(()=>{lR=require("node:stream");Md();Fm();Xa();Pe=t=>Ja(t)?Lm(t):Jn(t)?Um(t):new Promise((e,r)=>{let o=new Mm,s=t;s.pipe(o),s.on("error",n=>{o.
end(),r(n)}),o.on("error",r),o.on("finish",function(){let n=va(this.bufferedBytes);e(n)})}),Mm=class extends lR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Qa,uR,Xn,dR=p(()=>{Qa=require("node:stream");Ds();pR();Hm();uR="The stream has already been transformed.",Xn=t=>{if(!(t instanceof Qa.Readable))try{return cR(
t)}catch{let s=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${s}`)}let e=!1,r=async()=>{
if(e)throw new Error(uR);return e=!0,await Pe(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let s=await r();return o===void 0||
Buffer.isEncoding(o)?Os(s.buffer,s.byteOffset,s.byteLength).toString(o):new TextDecoder(o).decode(s)},transformToWebStream:()=>{if(e)throw new Error(uR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Qa.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Qa.Readable.toWeb(t)}})}});function Qr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var mR=p(()=>{});var fR,Bs,o$,Bm,Gs,P=p(()=>{fR=require("node:crypto");Cy();by();Oy();wa();Dy();ky();oE();sE();nE();cE();pE();lE();dE();Fd();fE();gE();Sd();dR();Hm();Y();mR();Bs=
class extends Py(Z,re,pe,Ee){},o$=fR.getRandomValues,Bm=Ny(o$),Gs=Bm});var Ye,zs=p(()=>{P();Ye=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Bs.mutate(t);if(!t)return Bs.mutate(new Uint8Array);let r=e.streamCollector(
t);return Bs.mutate(await r)}});function Wo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Gm=p(
()=>{});var hR,Me,s$,n$,i$,a$,Za,gR,Ko=p(()=>{Q();P();hR=Symbol.for("@smithy/schema-x"),Me=class t extends H{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=H.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
s=typeof o=="object"&&o!==null?o:r;return s[hR]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let s=this.getSchema(),n=typeof s=="number"?s&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||n===42?this.isStructSchema()?2:1:0,l=n>=4&&n<=7?
i>=6?2:i>0&&i<4?1:0:0,u=n|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof s!="object"?1:0)<<18,d=n&192,m=i&
2&&(d===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return u|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,u,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?a$:this.bindings??=s$(this)}},s$=t=>{let e=[],r=[],o=[],s=[],n=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},u={request:{memberBindings:n,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:d,response:m}=u;for(let[f,g]of t.structIterator()){let y=Me.of(g),h=y.getMergedTraits(),E=y.getHttpBindingLocation(
h),S=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,T=y.getHttpBindingValue(E,h),R=[f,T,E,S];f==="__proto__"&&Qr(i),i[f]=R,T[1]>>10&
1&&(d.hasIdempotency=!0),n.push(R);let I=E&7;if(I===0&&(o.push(f),s.push(g)),(I&4)===0)e.push(f),r.push(g);else if((I&6)===4)if(I&1)l.statusCode=R;else{l.payload=
R;let M=T[1]&255;d.contentTypeInstruction=h.mediaType??(M===0?"text/plain":M===21||M===42?"application/octet-stream":null)}else I&1?(d.hasPrefixHeaders=!0,c.push(
R)):(S==="__proto__"&&Qr(a),a[S]=R)}return d.contentTypeInstruction===void 0&&o.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=gR(t,o,s),m.syntheticBodySchema=
gR(t,e,r),u},n$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},i$=t=>{let{http:e,endpoint:r}=uo(t.traits??{}),[o,s]=e?.[1].split("?")??[];return[
e?.[0],o,s?[...new URLSearchParams(s)]:[],o?n$(o):void 0,r?.[0]]},a$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Za=t=>t[hR]??=i$(t),gR=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),s=[3,o[1],o[2],t.getMergedTraits(),e,r],n=o[6],i=n&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
n?1:0),0);return i&&(s[6]=i),s}});var Mr,Yn=p(()=>{Mr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var yR,zm,ec,ER=p(()=>{yR=new Uint32Array(256);for(let t=0;t<256;++t){let e=t;for(let r=0;r<8;++r)e=e&1?3988292384^e>>>1:e>>>1;yR[t]=e>>>0}zm=4294967295,ec=class{digestLength=4;checksum=zm;update(e){
for(let r=0;r<e.length;++r)this.checksum=this.checksum>>>8^yR[(this.checksum^e[r])&255]}digestSync(){return(this.checksum^zm)>>>0}async digest(){let e=this.digestSync(),
r=new Uint8Array(4);return new DataView(r.buffer).setUint32(0,e,!1),r}reset(){this.checksum=zm}}});function c$(t){return class{digestLength=4;value=0;update(r){this.value=t(r,this.value)}digestSync(){return this.value>>>0}async digest(){let r=new Uint8Array(4);
return new DataView(r.buffer).setUint32(0,this.digestSync(),!1),r}reset(){this.value=0}}}var jm,SR,js,xR=p(()=>{jm=so(require("node:zlib"));ER();SR=typeof jm.crc32==
"function"?jm.crc32:void 0,js=SR?c$(SR):ec});var He,RR,p$,tc,_R,l$,wR=p(()=>{P();He=64,RR=32,p$=2**53-1,tc=class t{digestLength=RR;state=Int32Array.from(_R);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:s}=this,n=new Uint8Array(He*2);for(let i=0;i<He;++i)n[i]=54^r[i],n[i+He]=92^r[i];
o.update(n.subarray(0,He)),s.update(n.subarray(He))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=lr(e),o=0,{byteLength:s}=r;if(this.bytesHashed+=s,this.bytesHashed*8>p$)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;s>0;)this.buffer[this.bufferLength++]=r[o++],s--,this.bufferLength===He&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(_R),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,s=this.bytesHashed*8,n=new DataView(r.buffer,r.byteOffset,r.byteLength);if(n.setUint8(o++,128),(o-1)%He>=He-8){for(let a=o;a<
He;++a)n.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<He-8;++a)n.setUint8(a,0);n.setUint32(He-8,Math.floor(s/4294967296),!1),n.setUint32(He-4,s,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(RR);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=lr(e);if(r.byteLength>He){let o=new t;o.update(r);let s=o.digestSync(),n=new Uint8Array(He);return n.set(s),n}if(r.byteLength<He){let o=new Uint8Array(He);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),s=e[0],n=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],u=e[6],d=e[7];for(let m=0;m<He;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let E=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(E+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&u)|0)+(d+(l$[m]+o[m]|0)|0)|0,g=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&n^s&i^n&i)|0;d=u,u=l,l=c,c=a+f|0,a=i,i=n,n=s,s=f+g|0}e[0]+=s,e[1]+=n,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=u,e[7]+=d}},_R=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),l$=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function d$(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,Qn.createHmac)("sha256",m$(this.secret)):(0,Qn.createHash)("sha256")}}}function m$(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var Qn,u$,Qe,IR=p(()=>{Qn=require("node:crypto");wR();u$=(()=>{try{return(0,Qn.createHash)("sha256"),!0}catch{return!1}})(),
Qe=u$?d$():tc});var Hr=p(()=>{xR();IR()});function TR(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var mo,Vm=p(()=>{P();mo=class t{bytes;constructor(e){if(this.bytes=e,e.byteLength!==
8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(`${e} is too larg\
e (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,s=Math.abs(Math.round(e));o>-1&&s>0;o--,s/=256)r[o]=s;return e<0&&
TR(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&TR(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var Vs,vR,AR,f$,g$,h$,y$,E$,S$,x$,R$,_$,rc,qm=p(()=>{Y();P();Vm();Vs=class{toUtf8;fromUtf8;constructor(e,r){this.toUtf8=e,this.fromUtf8=r}format(e){let r=[];for(let n in e){
if(!C(e,n))continue;let i=this.fromUtf8(n);if(i.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);r.
push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[n]))}let o=new Uint8Array(r.reduce((n,i)=>n+i.byteLength,0)),s=0;for(let n of r)o.set(n,s),s+=n.
byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.from([2,e.value]);case"\
short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(new ArrayBuffer(
5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let s=new Uint8Array(9);return s[0]=5,s.set(e.value.bytes,1),s;case"bina\
ry":if(e.value.byteLength>rc)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${rc} bytes: ${e.value.byteLength}`);let n=new DataView(
new ArrayBuffer(3+e.value.byteLength));n.setUint8(0,6),n.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(n.buffer);return i.set(e.value,3),i;case"string":
let a=this.fromUtf8(e.value);if(a.byteLength>rc)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${rc} bytes: ${a.byteLength}`);let c=new DataView(
new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(
9);return u[0]=8,u.set(mo.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!_$.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(
17);return d[0]=9,d.set(Nn(e.value.replace(/-/g,"")),1),d}}parse(e){let r={},o=0;for(;o<e.byteLength;){let s=e.getUint8(o++),n=this.toUtf8(new Uint8Array(e.buffer,
e.byteOffset+o,s));switch(o+=s,e.getUint8(o++)){case 0:r[n]={type:AR,value:!0};break;case 1:r[n]={type:AR,value:!1};break;case 2:r[n]={type:f$,value:e.getInt8(o++)};
break;case 3:r[n]={type:g$,value:e.getInt16(o,!1)},o+=2;break;case 4:r[n]={type:h$,value:e.getInt32(o,!1)},o+=4;break;case 5:r[n]={type:y$,value:new mo(new Uint8Array(
e.buffer,e.byteOffset+o,8))},o+=8;break;case 6:let i=e.getUint16(o,!1);o+=2,r[n]={type:E$,value:new Uint8Array(e.buffer,e.byteOffset+o,i)},o+=i;break;case 7:let a=e.
getUint16(o,!1);o+=2,r[n]={type:S$,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+o,a))},o+=a;break;case 8:r[n]={type:x$,value:new Date(new mo(new Uint8Array(
e.buffer,e.byteOffset+o,8)).valueOf())},o+=8;break;case 9:let c=new Uint8Array(e.buffer,e.byteOffset+o,16);o+=16,r[n]={type:R$,value:`${le(c.subarray(0,4))}-${le(
c.subarray(4,6))}-${le(c.subarray(6,8))}-${le(c.subarray(8,10))}-${le(c.subarray(10))}`};break;default:throw new Error("Unrecognized header type tag")}}return r}};
(function(t){t[t.boolTrue=0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=
6]="byteArray",t[t.string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(vR||(vR={}));AR="boolean",f$="byte",g$="short",h$="integer",y$="long",E$=
"binary",S$="string",x$="timestamp",R$="uuid",_$=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,rc=32767});function bR({byteLength:t,byteOffset:e,buffer:r}){if(t<w$)throw new Error("Provided message too short to accommodate event stream message overhead");let o=new DataView(
r,e,t),s=o.getUint32(0,!1);if(t!==s)throw new Error("Reported message length does not match received message length");let n=o.getUint32(CR,!1),i=o.getUint32(fo,
!1),a=o.getUint32(t-Jo,!1),c=new js;if(c.update(new Uint8Array(r,e,fo)),i!==c.digestSync())throw new Error(`The prelude checksum specified in the message (${i})\
 does not match the calculated CRC32 checksum (${c.digestSync()})`);if(c.update(new Uint8Array(r,e+fo,t-(fo+Jo))),a!==c.digestSync())throw new Error(`The messag\
e checksum (${c.digestSync()}) did not match the expected value of ${a}`);return{headers:new DataView(r,e+fo+Jo,n),body:new Uint8Array(r,e+fo+Jo+n,s-n-(fo+Jo+Jo))}}
var CR,fo,Jo,w$,PR=p(()=>{Hr();CR=4,fo=CR*2,Jo=4,w$=fo+Jo*2});var qs,Wm=p(()=>{Hr();qm();PR();qs=class{headerMarshaller;messageBuffer;isEndOfStream;constructor(e,r){this.headerMarshaller=new Vs(e,r),this.messageBuffer=[],this.
isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){let e=this.messageBuffer.pop(),r=this.isEndOfStream;
return{getMessage(){return e},isEndOfStream(){return r}}}getAvailableMessages(){let e=this.messageBuffer;this.messageBuffer=[];let r=this.isEndOfStream;return{getMessages(){
return e},isEndOfStream(){return r}}}encode({headers:e,body:r}){let o=this.headerMarshaller.format(e),s=o.byteLength+r.byteLength+16,n=new Uint8Array(s),i=new DataView(
n.buffer,n.byteOffset,n.byteLength),a=new js;return i.setUint32(0,s,!1),i.setUint32(4,o.byteLength,!1),a.update(n.subarray(0,8)),i.setUint32(8,a.digestSync(),!1),
n.set(o,12),n.set(r,o.byteLength+12),a.update(n.subarray(8,s-4)),i.setUint32(s-4,a.digestSync(),!1),n}decode(e){let{headers:r,body:o}=bR(e);return{headers:this.
headerMarshaller.parse(r),body:o}}formatHeaders(e){return this.headerMarshaller.format(e)}}});var Ws,Km=p(()=>{Ws=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.decoder.decode(e)}}});var Ks,Jm=p(()=>{Ks=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream)yield this.options.encoder.encode(e);this.options.includeEndFrame&&(yield new Uint8Array(0))}}});var Js,Xm=p(()=>{Js=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream){let r=await this.options.deserializer(e);r!==void 0&&(yield r)}}}});var Xs,Ym=p(()=>{Xs=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.serializer(e)}}});function oc(t){let e=0,r=0,o=null,s=null,n=a=>{if(typeof a!="number")throw new Error("Attempted to allocate an event message where size was not a number: "+a);e=
a,r=4,o=new Uint8Array(a),new DataView(o.buffer).setUint32(0,a,!1)},i=async function*(){let a=t[Symbol.asyncIterator]();for(;;){let{value:c,done:l}=await a.next();
if(l){if(e)if(e===r)yield o;else throw new Error("Truncated event message received.");else return;return}let u=c.length,d=0;for(;d<u;){if(!o){let f=u-d;s||(s=new Uint8Array(
4));let g=Math.min(4-r,f);if(s.set(c.slice(d,d+g),r),r+=g,d+=g,r<4)break;n(new DataView(s.buffer).getUint32(0,!1)),s=null}let m=Math.min(e-r,u-d);o.set(c.slice(
d,d+m),r),r+=m,d+=m,e&&e===r&&(yield o,o=null,e=0,r=0)}}};return{[Symbol.asyncIterator]:i}}var Qm=p(()=>{});function OR(t,e){let r=Zn(e.deserializer,e.toUtf8);return{[Symbol.asyncIterator]:async function*(){for await(let o of t){let s=e.eventStreamCodec.decode(o),n=await r(
s);n!==void 0&&(yield n)}}}}function Zn(t,e){return async function(r){let{value:o}=r.headers[":message-type"];if(o==="error"){let s=new Error(r.headers[":error-\
message"].value||"UnknownError");throw s.name=r.headers[":error-code"].value,s}else if(o==="exception"){let s=r.headers[":exception-type"].value,n={[s]:r},i=await t(
n);if(i.$unknown){let a=new Error(e(r.body));throw a.name=s,a}throw i[s]}else if(o==="event"){let s={[r.headers[":event-type"].value]:r},n=await t(s);return n.$unknown?
void 0:n}else throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}var Zm=p(()=>{});var Xo,DR,ef=p(()=>{Wm();Km();Jm();Xm();Ym();Qm();Zm();Xo=class{eventStreamCodec;utfEncoder;constructor({utf8Encoder:e,utf8Decoder:r}){this.eventStreamCodec=new qs(
e,r),this.utfEncoder=e}deserialize(e,r){let o=oc(e);return new Js({messageStream:new Ws({inputStream:o,decoder:this.eventStreamCodec}),deserializer:Zn(r,this.utfEncoder)})}serialize(e,r){
return new Ks({messageStream:new Xs({inputStream:e,serializer:r}),encoder:this.eventStreamCodec,includeEndFrame:!0})}},DR=t=>new Xo(t)});async function*I$(t){let e=!1,r=!1,o=new Array;for(t.on("error",s=>{if(e||(e=!0),s)throw s}),t.on("data",s=>{o.push(s)}),t.on("end",()=>{e=!0});!r;){let s=await new Promise(
n=>setTimeout(()=>n(o.shift()),0));s&&(yield s),r=e&&o.length===0}}var NR,ei,kR,$R=p(()=>{NR=require("node:stream");ef();ei=class{universalMarshaller;constructor({
utf8Encoder:e,utf8Decoder:r}){this.universalMarshaller=new Xo({utf8Decoder:r,utf8Encoder:e})}deserialize(e,r){let o=typeof e[Symbol.asyncIterator]=="function"?e:
I$(e);return this.universalMarshaller.deserialize(o,r)}serialize(e,r){return NR.Readable.from(this.universalMarshaller.serialize(e,r))}},kR=t=>new ei(t)});var LR,UR,FR=p(()=>{LR=t=>({[Symbol.asyncIterator]:async function*(){let e=t.getReader();try{for(;;){let{done:r,value:o}=await e.read();if(r)return;yield o}}finally{
e.releaseLock()}}}),UR=t=>{let e=t[Symbol.asyncIterator]();return new ReadableStream({async pull(r){let{done:o,value:s}=await e.next();if(o)return r.close();r.enqueue(
s)}})}});var MR,HR=p(()=>{MR=t=>Object.assign(t,{eventStreamMarshaller:t.eventStreamSerdeProvider(t)})});var sc,BR=p(()=>{Y();Q();P();sc=class{marshaller;serializer;deserializer;serdeContext;defaultContentType;compositeErrorRegistry;constructor({marshaller:e,serializer:r,
deserializer:o,serdeContext:s,defaultContentType:n,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=r,this.deserializer=o,this.serdeContext=s,this.defaultContentType=
n,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o,initialMessageType:s}){let n=this.marshaller,i=r.getEventStreamMember(),
a=r.getMemberSchema(i),c=this.serializer,l=this.defaultContentType,u=Symbol("initialRequestMarker"),d={async*[Symbol.asyncIterator](){if(o){let m={":event-type":{
type:"string",value:s??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:l}};c.write(r,o);let f=c.flush();yield{
[u]:!0,headers:m,body:f}}for await(let m of e)yield m}};return n.serialize(d,m=>{if(m[u])return{headers:m.headers,body:m.body};let f="";for(let T in m)if(C(m,T)&&
T!=="__type"){f=T;break}let{additionalHeaders:g,body:y,eventType:h,explicitPayloadContentType:E}=this.writeEventBody(f,a,m);return{headers:{":event-type":{type:"\
string",value:h},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:E??l},...g},body:y}})}async deserializeEventStream({response:e,
responseSchema:r,initialResponseContainer:o,initialMessageType:s}){let n=this.marshaller,i=r.getEventStreamMember(),c=r.getMemberSchema(i).getMemberSchemas(),l=Symbol(
"initialResponseMarker"),u=n.deserialize(e.body,async f=>{let g="";for(let h in f)if(C(f,h)&&h!=="__type"){g=h;break}let y=f[g].body;if(g===(s??"initial-respons\
e")){let h=await this.deserializer.read(r,y);return delete h[i],{[l]:!0,...h}}else if(g in c){let h=c[g];if(h.isStructSchema()){let E={},S=!1;for(let[T,R]of h.structIterator()){
let{eventHeader:I,eventPayload:M}=R.getMergedTraits();if(S=S||!!(I||M),M)R.isBlobSchema()?E[T]=y:R.isStringSchema()?E[T]=(this.serdeContext?.utf8Encoder??Z)(y):
R.isStructSchema()&&(E[T]=await this.deserializer.read(R,y));else if(I){let oe=f[g].headers[T]?.value;oe!=null&&(R.isNumericSchema()?oe&&typeof oe=="object"&&"b\
ytes"in oe?E[T]=BigInt(oe.toString()):E[T]=Number(oe):E[T]=oe)}}return{[g]:await this.readEventMember(h,y,S,E)}}return{[g]:await this.deserializer.read(h,y)}}else
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
additionalHeaders:l}}}});var GR={};ir(GR,{EventStreamCodec:()=>qs,EventStreamMarshaller:()=>ei,EventStreamSerde:()=>sc,HeaderMarshaller:()=>Vs,Int64:()=>mo,MessageDecoderStream:()=>Ws,MessageEncoderStream:()=>Ks,
SmithyMessageDecoderStream:()=>Js,SmithyMessageEncoderStream:()=>Xs,UniversalEventStreamMarshaller:()=>Xo,eventStreamSerdeProvider:()=>kR,getChunkedStream:()=>oc,
getMessageUnmarshaller:()=>Zn,getUnmarshalledStream:()=>OR,iterableToReadableStream:()=>UR,readableStreamToIterable:()=>LR,resolveEventStreamSerdeConfig:()=>MR,
universalEventStreamSerdeProvider:()=>DR});var zR=p(()=>{Wm();qm();Vm();Km();Jm();Xm();Ym();$R();FR();ef();Qm();Zm();HR();BR()});var Ys,tf=p(()=>{Y();Q();Yn();Ko();Ys=class extends Mr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new K(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return z}getResponseType(){return pt}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,s]of r.url.searchParams.entries())e.query[o]=s;if(r.headers)
for(let o in r.headers)C(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)C(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,s=Za(
r)){if(this.serdeContext?.disableHostPrefix)return;let n=s[4];if(typeof n!="string")return;let i=n;for(let[a,[,c]]of Me.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!Rd(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let s=[-3,"","Error",0,[],[],0],n;for(let i of o)for(let a of r)try{a==="*"?n=i.getSchema(e):n=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
n);if(c)return[n,c,"modeled"];{let l=i.getBaseException();if(l){let u=i.getErrorCtor(l);if(u)return[n,u,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[s,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>(zR(),GR)),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,s,n){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var ti,jR=p(()=>{Y();P();Ko();tf();zs();Gm();ti=class extends Ys{async serializeRequest(e,r,o){let s=r&&typeof r=="object"?r:{},n={},i={},a=await o.endpoint(),c=Me.
of(e?.input),l=c.getHttpBindings().request,u=Za(e),d=new z({query:n,headers:i});if(a){this.updateServiceEndpoint(d,a),this.setHostPrefix(d,e,s,u);let[f,g,y]=u;if(f){
d.method=f,d.path=d.path==="/"?g:d.path+g;for(let[h,E]of y)n[h]=E}}d.query=n;let m=this.serializeHttpBindings(s,d,l,u);return m&&(d.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),d}serializeHttpBindings(e,r,o,s){let n=this.serializer,i=typeof n.writeCodec=="function"?n:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
u=!1,d,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,E=h?g.length:o.memberBindings.length;for(let R=0;R<E;++R){let I=h?C(o.byName,g[R])?o.byName[g[R]]:void 0:o.memberBindings[R];if(!I)continue;let M=I[1],oe=I[0],
gr=M[0],Dr=M[1],me=M[2],ke=I[2],Vt=I[3],at=e[oe];if(!(at==null&&!(Dr>>10&1)))if(ke===36){let W=Dr>>11&3;W?W===2?m=at||void 0:d=at:(i?i.writeCodec(gr,at):n.write(
gr,at),d=n.flush())}else if(ke===33||ke===38){let W=this.serializeHttpValue(M,at,ke,i);ke===33?(f??=Object.create(null))[oe]=W:c[Vt]=W}else if(ke===39)for(let W in at){
if(!C(at,W))continue;let _r=Vt+W;c[_r.toLowerCase()]=this.serializeHttpValue(me,at[W],38,i,i?me[0]:[me[0],{httpHeader:_r}])}else(ke&62)===34?this.serializeQuery(
M,at,Vt,a,i):u=!0}let S=s[1],T=s[3];return S&&T&&r.path.endsWith(S)&&(r.path=r.path.slice(0,-S.length)+this.serializePath(T,f,o)),u&&l&&(i?i.writeCodec(l,e):n.write(
l,e),d=n.flush()),r.body=d,m}serializeQuery(e,r,o,s,n){let[i,a,c]=e,l=n?void 0:i.getMergedTraits();if(o===void 0){for(let u in r)!C(r,u)||u in s||(n||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:u,httpQueryParams:void 0}),this.serializeQuery(c,r[u],u,s,n));return}if((a&192)===64){let u=[];for(let d of r){let m=this.
serializeHttpValue(c,d,34,n,n?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&u.push(m)}s[o]=u}else s[o]=this.serializeHttpValue(e,r,34,n,n?i:[i,l])}serializeHttpValue(e,r,o,s,n=e[0]){
let i=e[1],a=i&255;return s&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(s?s.writeHttpBinding(e,r,o):this.serializer.write(n,r),this.serializer.flush())}serializePath(e,r,o){
let s="";for(let[n,i]of e){if(i===0){s+=n;continue}let a=r?.[n];if(a===void 0){if(C(o.byName,n)&&o.byName[n][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${n}.`);s+=`{${n}${i===2?"+":""}}`}else s+=i===2?a.split("/").map(Wo).join("/"):Wo(a)}return s}async deserializeResponse(e,r,o){let s=this.deserializer,
n=typeof s.readCodec=="function"?s:void 0,i=Me.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let u=await Ye(o.body,r);throw u.byteLength>
0&&Object.assign(c,await s.read(15,u)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let u=await Ye(o.body,r);if(u.byteLength>0){let d=await(n?n.readCodec(a.syntheticBodySchema,
u):s.read(a.syntheticBodySchema,u));for(let m of l)d[m]!=null&&(c[m]=d[m])}}else a.bindings.payload||await Ye(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,s,n){let i=s instanceof Set?n:s,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Me.of(e),{bodyMemberNames:u,
bindings:{payload:d,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(d){let[h,E]=d,[S,T]=E,R=T>>11&3;if(R)R===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=Xn(o.body);else if(o.body){let I=await Ye(o.body,r);I.byteLength>0&&(i[h]=await(c?c.readPayload(E,I):
a.read(S,I)))}}for(let h in y){if(!C(y,h))continue;let E=h.toLowerCase(),S=y[h];E!==h&&(delete y[h],y[E]=S);let T=C(f,E)?f[E]:void 0;if(!T)continue;let[R,[I,M,oe],
,gr]=T;if(oe){let Dr=M>>16&1?Ld(S,",",2):Dn(S),me=[];for(let ke of Dr)me.push(c?c.readHttpBinding(oe,ke.trim(),38):await a.read([oe[0],{httpHeader:gr}],ke.trim()));
i[R]=me}else i[R]=c?c.readHttpBinding(T[1],S,38):await a.read(I,S)}for(let[h,[,,E],,S]of g){i[h]={};for(let T in y){if(!C(y,T)||!T.startsWith(S))continue;let R=y[T];
i[h][T.slice(S.length)]=c?c.readHttpBinding(E,R,38):await a.read([E[0],{httpHeader:T}],R)}}return m&&(i[m[0]]=o.statusCode),u}}});var Yo,VR=p(()=>{Y();Q();Y();tf();zs();Yo=class extends Ys{async serializeRequest(e,r,o){let s=this.serializer,n={},i={},a=await o.endpoint(),c=H.of(e?.input),l=c.
getSchema(),u,d=r&&typeof r=="object"?r:{},m=new z({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:n,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,d)),d){let f=c.getEventStreamMember();if(f){if(d[f]){let g={};for(let[y]of c.structIterator())y!==f&&d[y]!=null&&(g[y]=d[y]);u=await this.
serializeEventStream({eventStream:d[f],requestSchema:c,initialRequest:g})}}else s.write(l,d),u=s.flush()}return m.headers=Object.assign(m.headers,i),m.query=n,m.
body=u,m.method="POST",m}async deserializeResponse(e,r,o){let s=this.deserializer,n=H.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await Ye(o.
body,r);throw c.byteLength>0&&Object.assign(i,await s.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!C(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=n.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:n,initialResponseContainer:i});else{let c=await Ye(o.body,
r);c.byteLength>0&&Object.assign(i,await s.read(n,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var Qo,rf=p(()=>{P();Ko();Yn();Qo=class extends Mr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Me.of(e),s=o.getMergedTraits(),n=o.getHttpBindingLocation(
s);return this.readHttpBinding(o.getHttpBindingValue(n,s),r,n)}readHttpBinding([e,r,o],s,n){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
n),Dn(s).map(a=>this.readHttpBinding(o,a,n));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Ee)(s);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return kd(s);case 6:return $d(s);case 7:
return Nd(s);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",s),new Date(s)}}case 0:{let a=r>>8&3;if(!a)return s;let c=s;
return(n&6)===6&&(c=(this.serdeContext?.utf8Encoder??Z)((this.serdeContext?.base64Decoder??Ee)(c))),a===2?lt.from(c):c}case 1:return Number(s);case 2:return s.toLowerCase()===
"true";case 17:return BigInt(s);case 19:return new Ie(s,"bigDecimal");default:return s}}}});var ri,qR=p(()=>{P();Ko();Yn();rf();ri=class extends Mr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new Qo(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Me.of(e),s=o.
getMergedTraits();if(s.httpHeader||s.httpResponseCode){let n=o.getHttpBindingValue(38,s);return this.readHttpBinding(n,r,38)}return s.httpPayload?this.readPayload(
o.getHttpBindingValue(36,s),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let s=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Z)(r);return this.stringDeserializer.
readHttpBinding(e,s,o)}readPayload([e,r],o){let s=r&255;return s===21||s===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??re)(o):o:s===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Z)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var nc,WR=p(()=>{P();Ko();Yn();nc=class extends Mr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Me.of(e),s=o.getMergedTraits(),
n=o.getHttpBindingLocation(s);this.writeHttpBinding(o.getHttpBindingValue(n,s),r,n)}writeHttpBinding([e,r,o],s,n){let i=r&255;switch(typeof s){case"object":if(s===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(s instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${s} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=s.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Go(s);break;case 7:this.stringBuffer=String(s.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",s),this.stringBuffer=String(s.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
s){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(s);return}if((i&192)===64&&Array.isArray(s)){o??=e.getHttpBindingCollectionValue(n);let l=o[1]&255,u=l>=
4&&l<=7,d="";for(let m of s){this.writeHttpBinding(o,m,n);let f=this.flush();d&&(d+=", "),d+=u?f:bd(f)}this.stringBuffer=d;return}this.stringBuffer=JSON.stringify(
s,null,2);break;case"string":let a=r>>8&3,c=s;if(a===2&&(c=lt.from(c)),a&&(n&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(c.toString());return}
this.stringBuffer=s;break;default:this.stringBuffer=r>>10&1?Gs():String(s)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var oi,KR=p(()=>{Ko();WR();oi=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new nc(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Me.of(e),s=o.getMergedTraits();if(s.httpHeader||s.httpLabel||s.
httpQuery){let n=o.getHttpBindingLocation(s);this.writeHttpBinding(o.getHttpBindingValue(n,s),r,n);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function Zo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:s,httpQuery:n}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||s?6:n||r?5:void 0:void 0)??e.timestampFormat.default}var ic=p(()=>{});var Tt,vt,JR=p(()=>{Tt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
vt=t=>({requestHandler:t.httpHandler()})});function YR(t){return e=>async r=>{let o=r.request;if(z.isInstance(o)){let{body:s,headers:n}=o;if(s&&Object.keys(n).map(i=>i.toLowerCase()).indexOf(XR)===-1)try{
let i=t(s);i!=null&&(o.headers={...o.headers,[XR]:String(i)})}catch{}}return e({...r,request:o})}}var XR,QR,At,ZR=p(()=>{Y();XR="content-length";QR={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},At=t=>({applyToStack:e=>{e.add(YR(t.bodyLengthChecker),QR)}})});var Tr,T$,of=p(()=>{Tr=t=>encodeURIComponent(t).replace(/[!'()*]/g,T$),T$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function sf(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Tr(r),Array.isArray(o))for(let s=0,n=o.length;s<n;s++)e.push(`${r}=${Tr(o[s])}`);else{
let s=r;(o||typeof o=="string")&&(s+=`=${Tr(o)}`),e.push(s)}}return e.join("&")}var e_=p(()=>{of()});var go,ac=p(()=>{go=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var cc,t_=p(()=>{cc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),s=new Set(o);s.delete("__type"),this.keys=s}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function pc(){if(si===void 0)try{if(typeof Buffer!="function")si=!1;else{let t=JSON.parse(Buffer.from([123,125]));si=t!==null&&typeof t=="object"}}catch{si=!1}return si}
var si,nf=p(()=>{});function lc(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?A$(o,e)?e:new Ie(o,"bigDecim\
al"):v$(o)?new Ie(o,"bigDecimal"):/[eE]/.test(o)?C$(o):BigInt(o)}return e}function v$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function A$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return af(t)===af(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===af(o):!1}function af(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),s;if(o===-1)s=r;else{let n=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let u=l+n;c==="0"?s="0":u<=0?s="0."+"0".repeat(-u)+c:u>=c.length?s=c+"0".repeat(u-c.length):s=c.slice(0,u)+"."+c.slice(u)}return s.
includes(".")&&(s=s.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+s}function C$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),s=t.slice(o?1:0,e),n=s.indexOf("."),i,a;if(n===-1)i=s,a=r;else{i=s.slice(0,n)+s.slice(n+1);let l=s.length-n-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(s.replace(".","").length-i.length));return o?-c:c}var cf=p(()=>{P()});function dc(t){let e=H.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(pf in r)return r[pf];let o=uc(e,new Set);return r[pf]=o,o}return uc(e,new Set)}
function uc(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(uc(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(uc(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var pf,lf=p(()=>{Q();pf=Symbol.for("@aws-sdk/reviver")});var r_,o_=p(()=>{zs();P();r_=(t,e)=>Ye(t,e).then(r=>(e?.utf8Encoder??Z)(r))});async function df(t,e,r){let o;if(pc()&&typeof t?.[Symbol.asyncIterator]=="function"){let n=await Ye(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(n)?o=n:o=Buffer.
from(n.buffer,n.byteOffset,n.byteLength))}if(o||(o=await r_(t,e)),o.length===0)return{};let s=r&&dc(r)?lc:void 0;try{return JSON.parse(o,s)}catch(n){throw n?.name===
"SyntaxError"&&Object.defineProperty(n,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),n}}var s_,uf,mf,ff,n_,gf=p(()=>{zs();o_();nf();cf();
lf();s_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),uf=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},mf=(t,e)=>n_(t,e,["header","code","type"]),ff=(t,e,r=!1)=>n_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),n_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let s=s_(t??{},"x-amzn-errortype");if(s!==
void 0)return uf(t[s]);break;case"code":let n=s_(e??{},"code");if(n&&e[n]!==void 0)return uf(e[n]);break;case"type":if(e?.__type!==void 0)return uf(e.__type);break}}});var mc,i_=p(()=>{ic();Q();P();ac();t_();nf();cf();lf();gf();Y();mc=class extends go{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=dc(e)?
lc:void 0,s;if(typeof r=="string"){if(r.length===0)return{};s=JSON.parse(r,o)}else if(r instanceof Uint8Array&&pc()){if(r.byteLength===0)return{};let n=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);s=JSON.parse(n,o)}else s=await df(r,this.serdeContext,e);return this._read(e,s)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",s=H.of(e);if(o){if(s.isStructSchema())return this._readStruct(s,r);if(Array.isArray(r)&&s.isListSchema()){
let i=s.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(s.isMapSchema()){let i=s.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)C(a,c)&&(c==="__proto__"&&Qr(a),a[c]=this._read(i,a[c]));return a}}if(s.isBlobSchema()&&typeof r=="string")return Ee(r);
let n=s.getMergedTraits().mediaType;if(s.isStringSchema()&&typeof r=="string"&&n)return n==="application/json"||n.endsWith("+json")?lt.from(r):r;if(s.isTimestampSchema()&&
r!=null)switch(Zo(s,this.settings)){case 5:return Ad(r);case 6:return On(r);case 7:return Cd(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(s.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(s.isBigDecimalSchema()&&r!=null){
if(r instanceof Ie)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Ie(i.string,i.type):new Ie(String(r),"bigDecimal")}if(s.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(s.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Ie||(r[i]=this._read(s,a))}else{let i=r;for(let a in i){if(!C(i,a))continue;a==="__proto__"&&Qr(i);let c=i[a];c instanceof
Ie||(i[a]=this._read(s,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),s={},n,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(n={});let c;o&&
(c=new cc(r,s));for(let[l,u]of e.structIterator()){let d=l;a&&(d=u.getMergedTraits().jsonName??d,i&&(n[d]=l)),o&&c.mark(d),r[d]!=null&&(s[l]=this._read(u,r[d]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!C(r,l))continue;let u=r[l],d=a?n[l]??l:l;d in s||(s[d]=u)}return s}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var fc,a_,c_=p(()=>{P();fc=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>a_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),a_=e),this.string=Z(this)}return this.
string}},a_=0});function hf(t){return fc.allocUnsafe(t)}var gc,p_,l_,b$,P$,Qs,hc,yc,u_,O$,D$,N$,Br,d_,Ec,m_=p(()=>{ic();Q();P();ac();Y();c_();gc=new TextEncoder,p_=123,l_=125,b$=
91,P$=93,Qs=34,hc=58,yc=44,u_=92,O$=new Uint8Array([116,114,117,101]),D$=new Uint8Array([102,97,108,115,101]),N$=new Uint8Array([110,117,108,108]),Br=new Array(
128).fill(null);Br[8]="b";Br[9]="t";Br[10]="n";Br[12]="f";Br[13]="r";Br[34]='"';Br[92]="\\";for(let t=0;t<32;t++)Br[t]===null&&(Br[t]="u00"+t.toString(16).padStart(
2,"0"));d_=2048;Ec=class t extends go{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=hf(d_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=H.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=H.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let s=`"__type":"${o.getName(!0)??"Unknown"}",`,n=s.length;this.ensure(n),this.json.copyWithin(1+n,1,this.i),gc.encodeInto(s,this.
json.subarray(1)),this.i+=n}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=hf(d_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let s=o.length*2;for(;s<r+e;)s*=2;let n=hf(s);
n.set(this.json),this.json=n}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:s}=this;for(let n=0;n<r;++n)s[o]=e.charCodeAt(n),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:s}=this;o[s++]=Qs;for(let n=0;n<r;++n)o[s++]=e.charCodeAt(n);o[s++]=Qs,this.i=s}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Qs;for(let o=0;o<r;++o){let s=e.charCodeAt(o);if(s>34&&s<92)this.json[this.i++]=s;else if(s<128){let n=Br[s];if(n!==null){this.
ensure(n.length+1+(r-o-1)*3+1),this.json[this.i++]=u_;for(let i=0;i<n.length;i++)this.json[this.i++]=n.charCodeAt(i)}else this.json[this.i++]=s}else if(s>=55296&&
s<=56319){let n=o+1<r?e.charCodeAt(o+1):0;if(n>=56320&&n<=57343){this.ensure(4);let{written:i}=gc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(s)}else if(s>=56320&&s<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(s);else{let{i:n,
json:i}=this;s<2048?(i[n++]=192|s>>6,i[n++]=128|s&63):(i[n++]=224|s>>12,i[n++]=128|s>>6&63,i[n++]=128|s&63),this.i=n}}this.json[this.i++]=Qs}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=u_,r[o++]=117;let s=e.toString(16).padStart(4,"0");for(let n=0;n<4;++n)r[o++]=s.charCodeAt(n);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,s=t.B64,n=this.i;o[n++]=Qs;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let u=e[l],d=e[l+1],m=e[l+2];o[n++]=
s[u>>2],o[n++]=s[(u&3)<<4|d>>4],o[n++]=s[(d&15)<<2|m>>6],o[n++]=s[m&63]}if(a===2){let l=e[c],u=e[c+1];o[n++]=s[l>>2],o[n++]=s[(l&3)<<4|u>>4],o[n++]=s[(u&15)<<2],
o[n++]=61}else if(a===1){let l=e[c];o[n++]=s[l>>2],o[n++]=s[(l&3)<<4],o[n++]=61,o[n++]=61}o[n++]=Qs,this.i=n}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&H.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Gs());return}return}this.ensure(4),this.json.set(N$,this.i),this.i+=4;return}let s=H.of(e),n=typeof r==
"object";if(s.isStringSchema()){let i=s.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(lt.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(s.isBigIntegerSchema()||s.isBigDecimalSchema())){let i=r instanceof Ie?r.string:String(r);this.writeAsciiQuoted(
i);return}if(n){if(s.isStructSchema()){this.writeStruct(s,r);return}if(Array.isArray(r)&&(s.isListSchema()||s.isDocumentSchema())){this.writeList(s,r,s.isDocumentSchema());
return}if(s.isMapSchema()){this.writeMap(s,r,!1);return}if(r instanceof Uint8Array&&(s.isBlobSchema()||s.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(s.isTimestampSchema()||s.isDocumentSchema())){this.writeTimestamp(s,r);return}if(r instanceof Ie){this.writeAscii(r.string);return}if(s.isDocumentSchema()){
Array.isArray(r)?this.writeList(s,r,!0):this.writeMap(s,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(s.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??pe)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(O$,
i),i+=4):(a.set(D$,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=p_;let o=!1,s=typeof r.__type=="string",n;s&&(n=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=yc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;n&&(n.add(i),n.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=hc,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=hc,this.writeValue(15,c,e)}}else if(s)for(let i in r){if(n.has(i))continue;n.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=yc),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=hc,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=l_}writeList(e,r,o){let s=!!e.
getMergedTraits().sparse,n=e.getValueSchema();if(!o&&(n.isStringSchema()||n.isNumericSchema()||n.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let u=r[l];
if(Number.isNaN(u)||u===1/0||u===-1/0||u==null&&!s){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let u=0;u<r.length;++u){let d=r[u];d==null&&!s||
(Number.isNaN(d)||d===1/0||d===-1/0?l.push(String(d)):l.push(d))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=gc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=b$;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!s)||(i&&(this.ensure(1),this.json[this.
i++]=yc),this.writeValue(n,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=P$}writeMap(e,r,o){let s=!!e.getMergedTraits().sparse,n=e.getValueSchema();if(!o&&
(n.isStringSchema()||n.isNumericSchema()||n.isBooleanSchema())){let a;for(let l in r){if(!C(r,l))continue;let u=r[l];Number.isNaN(u)||u===1/0||u===-1/0?((a??={})[l]=
u,r[l]=String(u)):u===null&&!s&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=gc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=p_;let i=!0;for(let a in r){if(!C(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!s)||
(i||(this.ensure(1),this.json[this.i++]=yc),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=hc,this.writeValue(n,c,void 0))}this.ensure(1),this.
json[this.i++]=l_}writeTimestamp(e,r){switch(Zo(e,this.settings)){case 5:{let s=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(s);return}case 6:{this.
writeAsciiQuoted(Go(r));return}case 7:{let s=String(r.getTime()/1e3);this.writeAscii(s);return}default:{let s=String(r.getTime()/1e3);this.writeAscii(s);return}}}}});var es,f_=p(()=>{ac();i_();m_();es=class extends go{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new Ec(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new mc(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var U=p(()=>{zs();Gm();jR();VR();rf();qR();KR();ic();Y();Y();JR();ZR();of();e_();Y();gf();f_()});var g_,h_,Ct,y_=p(()=>{U();g_=t=>e=>async r=>{if(!z.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:s=""}=t.requestHandler.metadata||{};if(s.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let n=o.hostname;
o.port!=null&&(n+=`:${o.port}`),o.headers.host=n}return e(r)},h_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Ct=t=>({applyToStack:e=>{
e.add(g_(t),h_)}})});var E_,S_,bt,x_=p(()=>{v();E_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:s}=e,n=s instanceof Se;if(s&&!n){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:u}=c,d=l??e.inputFilterSensitiveLog,m=u??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
s.info?.({clientName:i,commandName:a,input:d(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:s,commandName:n,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:s,commandName:n,input:l(r.input),error:o,metadata:o.$metadata}),
o}},S_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},bt=t=>({applyToStack:e=>{e.add(E_(),S_)}})});var R_,__=p(()=>{R_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var ho,yf,Sc,Ef,Sf,ni,w_=p(()=>{ho={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},yf=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");yf||(globalThis.awslambda=globalThis.awslambda||{});Sc=class{static PROTECTED_KEYS=ho;isProtectedKey(e){
return Object.values(ho).includes(e)}getRequestId(){return this.get(ho.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(ho.X_RAY_TRACE_ID)}getTenantId(){return this.
get(ho.TENANT_ID)}getTraceparent(){return this.get(ho.TRACEPARENT)}getTracestate(){return this.get(ho.TRACESTATE)}getBaggage(){return this.get(ho.BAGGAGE)}},Ef=
class extends Sc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},Sf=class t extends Sc{als;static async create(){let e=new t,r=await import("node:async_hooks");return e.als=new r.
AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){if(this.
isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No context avai\
lable");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let n=o===!0||"AWS_LAMBDA_MAX_CONCURRENCY"in
process.env?await Sf.create():new Ef;return!yf&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!yf&&globalThis.awslambda&&(globalThis.awslambda.
InvokeStore=n),n)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&delete globalThis.
awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(ni||(ni={}))});function L$(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===Rf||r===I_||r===T_)&&(t[r]=t[e],delete t[e])}}var k$,$$,xf,Rf,I_,T_,v_,A_=p(()=>{w_();
U();k$="AWS_LAMBDA_FUNCTION_NAME",$$="_X_AMZN_TRACE_ID",xf="X-Amzn-Trace-Id",Rf="traceparent",I_="tracestate",T_="baggage",v_=()=>t=>async e=>{let{request:r}=e;
if(!z.isInstance(r))return t(e);let o;{let s=Object.keys(r.headers??{}).find(n=>n.toLowerCase()===xf.toLowerCase())??xf;if(!r.headers.hasOwnProperty(s)){let n=process.
env[k$],i=process.env[$$];o??=await ni.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=u=>typeof u=="string"&&u.length>0;l(n)&&l(c)&&(r.headers[xf]=c)}}if(L$(
r.headers),!r.headers[Rf]){let n=(o??=await ni.getInstanceAsync())?.getTraceparent?.();if(n){r.headers[Rf]=n;let i=o?.getTracestate?.();i&&(r.headers[I_]=i);let a=o?.
getBaggage?.();a&&(r.headers[T_]=a)}}return t(e)}});var Pt,C_=p(()=>{__();A_();Pt=t=>({applyToStack:e=>{e.add(v_(),R_)}})});var b_,P_=p(()=>{b_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let s of t)s.schemeId.split("#")[1]===o&&r.push(s);for(let o of t)r.find(({
schemeId:s})=>s===o.schemeId)||r.push(o);return r}});function U$(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var _f,O_=p(()=>{Y();P_();_f=(t,e)=>(r,o)=>async s=>{let n=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,s.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=b_(n,i),c=U$(t.httpAuthSchemes),l=te(o),u=[];for(let d of a){
let m=c.get(d.schemeId);if(!m){u.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){u.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=d.
propertiesExtractor?.(t,o)||{};d.identityProperties=Object.assign(d.identityProperties||{},g),d.signingProperties=Object.assign(d.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:d,identity:await f(d.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(u.join(`
`));return r(s)}});var wf,Ze,D_=p(()=>{O_();wf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},Ze=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(_f(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),wf)}})});var N_=p(()=>{D_()});var F$,M$,If,k_=p(()=>{U();Y();F$=t=>e=>{throw e},M$=(t,e)=>{},If=t=>(e,r)=>async o=>{if(!z.isInstance(o.request))return e(o);let n=te(r).selectedHttpAuthScheme;
if(!n)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=n,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||F$)(i));return(c.successHandler||M$)(l.response,i),l}});var Tf,et,$_=p(()=>{k_();Tf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},et=t=>({applyToStack:e=>{e.addRelativeTo(If(t),Tf)}})});var L_=p(()=>{$_()});var vr,U_=p(()=>{vr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Oe,F_=p(()=>{Y();Oe=class{authSchemes=new Map;constructor(e){for(let r in e){if(!C(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var Ae,M_=p(()=>{Ae=class{async sign(e,r,o){return e}}});var H_=p(()=>{M_()});var vf,xc,ii,Rc,B_=p(()=>{vf=t=>function(r){return ii(r)&&r.expiration.getTime()-Date.now()<t},xc=vf(3e5),ii=t=>t.expiration!==void 0,Rc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,s,n,i,a=!1,c=async l=>{n||(n=o(l));try{s=await n,i=!0,a=!1}finally{n=void 0}return s};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(s=await c(l)),s):async l=>((!i||l?.forceRefresh)&&(s=await c(l)),a?s:r(s)?(e(s)&&await c(l),s):(a=!0,s))}});var G_=p(()=>{F_();H_();B_()});var De=p(()=>{N_();L_();U_();G_()});function z$(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Ot(t){let e=vr(t.userAgentAppId??_c),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!z$(o)){let s=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?s?.warn("userAgentAppId must be a string or undefined."):o.length>50&&s?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var _c,Af=p(()=>{De();_c=void 0});var z_,j_=p(()=>{z_={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var j$,V$,V_,q_,Cf=p(()=>{j_();j$=z_,V$="",V_=t=>{let{partitions:e}=j$;for(let o of e){let{regions:s,outputs:n}=o;for(let[i,a]of Object.entries(s))if(i===t)return{
...n,...a}}for(let o of e){let{regionRegex:s,outputs:n}=o;if(new RegExp(s).test(t))return{...n}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},q_=()=>V$});var W_,bf,K_=p(()=>{W_=require("node:stream"),bf=t=>t?.body instanceof W_.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var J_,X_,Y_,Q_,Z_,ew=p(()=>{J_=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],X_=["TimeoutError","RequestTimeout","RequestTimeoutException"],Y_=[500,502,503,504],Q_=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],Z_=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function J$(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var q$,W$,K$,wc,Ic,tw,Pf=p(()=>{ew();q$=t=>t?.$retryable!==
void 0,W$=t=>t.$metadata?.clockSkewCorrected,K$=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},wc=t=>t.$metadata?.httpStatusCode===429||J_.
includes(t.name)||t.$retryable?.throttling==!0,Ic=(t,e=0)=>t?.name!=="AbortError"&&(q$(t)||W$(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||X_.includes(t.name)||Q_.includes(t?.code||"")||Z_.includes(t?.code||"")||Y_.includes(t.$metadata?.httpStatusCode||0)||K$(t)||J$(t)||t.cause!==
void 0&&e<=10&&Ic(t.cause,e+1)),tw=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!Ic(t)}return!1}});var Tc,X$,rw,ow=p(()=>{Tc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((s,n)=>{let i=()=>n(X$());e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},X$=()=>Object.assign(new Error("Request aborte\
d"),{name:"AbortError"}),rw=t=>typeof t=="object"&&t!==null&&"name"in t&&t.name==="AbortError"});var sw,nw,iw=p(()=>{sw="amz-sdk-invocation-id",nw="amz-sdk-request"});function aw(t,e){if(pt.isInstance(t))for(let r in t.headers){if(!C(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let s=t.headers[r],n=NaN;if(s.
endsWith("GMT"))try{n=(On(s).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else s.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
n=Number(s.match(/ GMT, ([\d.]+)$/)?.[1]):s.match(/^((\d+)|(\d+\.\d+))$/)?n=Number(s):Date.parse(s)>=Date.now()&&(n=(Date.parse(s)-Date.now())/1e3);return isNaN(
n)?void 0:new Date(Date.now()+n*1e3)}else if(o==="x-amz-retry-after"){let s=t.headers[r],n=Number(s);if(isNaN(n)){e?.trace?.(`Failed to parse x-amz-retry-after=${s}`);
return}return new Date(Date.now()+n)}}}var cw=p(()=>{Y();U();P()});var pw,lw=p(()=>{pw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function Of(t){return e=>(r,o)=>async s=>{let n=await e.retryStrategy(),i=await e.maxAttempts(),a=o[wr]?.abortSignal;if(Y$(n)){n=n;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await Tc(n.acquireInitialRetryToken(c),a),u=new Error,d=0,m=0,{request:f}=s,g=z.isInstance(f);for(g&&(f.headers[sw]=Bm());;)try{
g&&(f.headers[nw]=`attempt=${d+1}; max=${i}`);let{response:y,output:h}=await r(s);return n.recordSuccess(l),h.$metadata.attempts=d+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=Q$(y,e.logger);if(u=pw(y),g&&t(f))throw(o.logger instanceof Se?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),u;try{l=await Tc(n.refreshRetryTokenForRetry(l,h),a)}catch(S){throw a?.aborted&&rw(S)?S:(u.$metadata||(u.$metadata={}),u.$metadata.
attempts=d+1,u.$metadata.totalRetryDelay=m,u)}d=l.getRetryCount();let E=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+E,E>0&&await Tc(new Promise(S=>setTimeout(
S,E)),a)}}else return n=n,n?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",n.mode]]),n.retry(r,s)}}function uw(t){let e=Of(t);return r=>({applyToStack:o=>{
o.add(e(r),e1)}})}var Y$,Q$,Z$,e1,dw=p(()=>{v();U();P();Lr();Pf();ow();iw();cw();lw();Y$=t=>typeof t.acquireInitialRetryToken<"u"&&typeof t.refreshRetryTokenForRetry<
"u"&&typeof t.recordSuccess<"u",Q$=(t,e)=>{let r={error:t,errorType:Z$(t)},o=aw(t.$response,e);return o&&(r.retryAfterHint=o),r},Z$=t=>wc(t)?"THROTTLING":Ic(t)?
"TRANSIENT":tw(t)?"SERVER_ERROR":"CLIENT_ERROR",e1={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}});var vc,mw=p(()=>{Pf();vc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||wc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
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
return parseFloat(e.toFixed(8))}}});var mr,Ac=p(()=>{mr=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var Cc,fw=p(()=>{Ac();Cc=class{x=mr.delay();computeNextBackoffDelay(e){let s=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(s)}setDelayBase(e){this.x=
e}}});var ai,gw=p(()=>{ai=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,s){this.delay=e,this.count=r,this.cost=o,this.longPoll=s}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var fr,yo,Be,ci=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(fr||(fr={}));yo=3,Be=fr.STANDARD});var bc,ts,Df=p(()=>{fw();gw();ci();Ac();bc={incompatible:1,attempts:2,capacity:3},ts=class{mode=fr.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>yo,this.baseDelay??=mr.delay(),this.retryBackoffStrategy??=
new Cc}async acquireInitialRetryToken(e){return new ai(mr.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
s=this.retryCode(e,r,o),n=s===0,i=e.isLongPoll?.();if(n||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?mr.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),n){let u=this.getCapacityCost(a);this.capacity-=u;let d=new ai(0,e.getRetryCount()+1,u,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),d.$retryLog.acquisitionDelay=l,d}else{let u=s===bc.capacity&&i?l:0;u>0&&await new Promise(d=>setTimeout(d,u))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${yo}`),yo}}retryCode(e,r,o){let s=e.getRetryCount()+1,n=this.isRetryableError(r.errorType)?0:bc.incompatible,i=s<o?0:bc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:bc.capacity;return n||i||a}getCapacityCost(e){return e===mr.modifiedCostType()?mr.throttlingCost():mr.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var Pc,hw=p(()=>{mw();Df();ci();Pc=class{mode=fr.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new vc,
this.standardRetryStrategy=r?new ts({maxAttempts:typeof e=="number"?e:3,...r}):new ts(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var Nf,kf,Dt,Nt,yw,Ew,kt,Sw=p(()=>{v();hw();Df();ci();Ac();Nf="AWS_MAX_ATTEMPTS",kf="max_attempts",Dt={environmentVariableSelector:t=>{let e=t[Nf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${Nf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[kf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${kf} mast be a number, got "${e}"`);return r},default:yo},Nt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:s=yo,defaultBaseDelay:n=mr.delay()}=e??{},i=V(t.maxAttempts??s),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await V(o)()===fr.ADAPTIVE?new Pc(i,{maxAttempts:l,baseDelay:n}):new ts({maxAttempts:l,baseDelay:n})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},yw="AWS_RETRY_MODE",Ew="retry_mode",kt={environmentVariableSelector:t=>t[yw],configFileSelector:t=>t[Ew],default:Be}});var dZ,Kt,tt=p(()=>{K_();dw();ci();Sw();dZ=Of(bf),Kt=uw(bf)});async function xw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&kr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let n=await e.
retryStrategy();if(typeof n.mode=="string")switch(n.mode){case fr.ADAPTIVE:kr(t,"RETRY_MODE_ADAPTIVE","F");break;case fr.STANDARD:kr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let n=t.endpointV2;switch(String(n?.url?.hostname).match(o1)&&kr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":kr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":kr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":kr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let s=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(s?.$source){let n=s;n.accountId&&kr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(n.$source??{}))kr(t,i,a)}}var o1,Rw=p(()=>{tt();vy();o1=/\d{12}\.ddb/});var $f,Oc,_w,ww,Iw=p(()=>{$f="user-agent",Oc="x-amz-user-agent",_w=/[^!$%&'*+\-.^_`|~\w]/g,ww=/[^!$%&'*+\-.^_`|~\w#]/g});function Tw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var vw=p(()=>{});var bw,Dc,Pw,$t,Ow=p(()=>{U();Cf();Rw();Iw();vw();bw=t=>(e,r)=>async o=>{let{request:s}=o;if(!z.isInstance(s))return e(o);let{headers:n}=s,i=r?.userAgent?.map(Dc)||
[],a=(await t.defaultUserAgentProvider()).map(Dc);await xw(r,t,o);let c=r;a.push(`m/${Tw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Dc)||[],u=await t.userAgentAppId();u&&a.push(Dc(["app",`${u}`]));let d=q_(),m=(d?[d]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(n[Oc]=n[Oc]?`${n[$f]} ${f}`:f),n[$f]=m):n[Oc]=m,e({...o,request:s})},Dc=t=>{
let e=t[0].split("/").map(i=>i.replace(_w,"-")).join("/"),r=t[1]?.replace(ww,"-"),o=e.indexOf("/"),s=e.substring(0,o),n=e.substring(o+1);return s==="api"&&(n=n.
toLowerCase()),[s,n,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},Pw={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},$t=t=>({applyToStack:e=>{e.add(bw(t),Pw)}})});var Nc,Dw,Nw=p(()=>{Nc=require("node:process"),Dw=()=>{let t=["deno","bun","llrt"];for(let e of t)if(Nc.versions[e])return[`md/${e}`,Nc.versions[e]];return["md/\
nodejs",Nc.versions.node]}});var Uf,kw=p(()=>{Uf={isCrtAvailable:!1}});var $w,Lw=p(()=>{kw();$w=()=>Uf.isCrtAvailable?["md/crt-avail"]:null});var kc,Ff,Lt,Uw=p(()=>{kc=require("node:os"),Ff=require("node:process");Nw();Lw();Lt=({serviceId:t,clientVersion:e})=>{let r=Dw();return async o=>{let s=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,kc.platform)()}`,(0,kc.release)()],["lang/js"],r],n=$w();n&&s.push(n),t&&s.push([`api/${t}`,e]),Ff.env.AWS_EXECUTION_ENV&&s.push(
[`exec-env/${Ff.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...s,[`app/${i}`]]:[...s]}}});var Fw,Mw,s1,Ut,Hw=p(()=>{Af();Fw="AWS_SDK_UA_APP_ID",Mw="sdk_ua_app_id",s1="sdk-ua-app-id",Ut={environmentVariableSelector:t=>t[Fw],configFileSelector:t=>t[Mw]??
t[s1],default:_c}});var Bw=p(()=>{j()});var Mf,Gw=p(()=>{j();Bw();Mf=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!Mf(r))return!1;return!0}return!(!Ur(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Hs(t))}});var zw,jw=p(()=>{zw=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,s,n,i,...a]=e;if(r!=="arn"||o===""||s===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:s,region:n,accountId:i,resourceId:c}}});var rt,Vw=p(()=>{j();Gw();jw();Cf();rt={isVirtualHostableS3Bucket:Mf,parseArn:zw,partition:V_};ve.aws=rt});function Hf(t={}){return _({...Te,async default(){return qw.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...Le,...t})}var qw,Ww=p(()=>{$();qw={silence:!1}});var Ft,Mt,Kw=p(()=>{Ft=t=>({setRegion(e){t.region=e},region(){return t.region}}),Mt=t=>({region:t.region()})});var F=p(()=>{Iy();Ty();Ay();y_();x_();C_();Af();Ow();Uw();Hw();Vw();Ww();Kw()});var $c,Lc,Jw=p(()=>{U();$c=t=>pt.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,Lc=t=>pt.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var pi,Xw=p(()=>{pi=t=>new Date(Date.now()+t)});var Uc,Yw=p(()=>{Uc=(t,e,r,o)=>{if(o!==void 0)return e;let s=Date.parse(t);if(Number.isNaN(s))return e;let n=Date.now();return r!==void 0&&n-r>9e5?e:s-n}});var Bf=p(()=>{Jw();Xw();Yw()});var li,n1,ui,ne,Gf=p(()=>{U();Lr();Bf();li=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},n1=t=>t.context?.[wr]?.
eventStream?.output===!0,ui=async t=>{let e=li("context",t.context),r=li("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],n=await li("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:n,signingRegion:i,signingRegionSet:a,signingName:c}},ne=class{async sign(e,r,o){
if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let s=await ui(o),{config:n,signer:i}=s,{signingRegion:a,
signingName:c}=s,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let u=await n.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=u;let d=u||n1(o);return o._skipClockSkewSampling=d,d||(o._preRequestSystemClockOffset=
n.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:u?new Date:pi(n.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let s=o.ServerTime??$c(o.$response);if(s){let n=li("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=Lc(o.$response),l=Uc(s,n.systemClockOffset,a,c);n.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=$c(e);if(o){let s=li("config",r.config),
n=r._requestSentAt,i=Lc(e);s.systemClockOffset=Uc(o,s.systemClockOffset,n,i)}}}});var Sr,Qw=p(()=>{U();Bf();Gf();Sr=class extends ne{async sign(e,r,o){if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:s,signer:n,signingRegion:i,signingRegionSet:a,signingName:c}=await ui(o),u=(await s.sigv4aSigningRegionSet?.()??a??[i]).join(","),d=await s.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=d,d||(o._preRequestSystemClockOffset=s.systemClockOffset,o._requestSentAt=Date.now()),await n.
sign(e,{signingDate:d?new Date:pi(s.systemClockOffset),signingRegion:u,signingService:c})}}});var zf,Zw=p(()=>{zf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var e0,t0=p(()=>{e0=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var r0,o0,ot,s0=p(()=>{Zw();t0();r0="AWS_AUTH_SCHEME_PREFERENCE",o0="auth_scheme_preference",ot={environmentVariableSelector:(t,e)=>{if(e?.signingName&&e0(e.signingName)in
t)return["httpBearerAuth"];if(r0 in t)return zf(t[r0])},configFileSelector:t=>{if(o0 in t)return zf(t[o0])},default:[]}});var Zs,en,n0=p(()=>{De();$();Zs=t=>(t.sigv4aSigningRegionSet=vr(t.sigv4aSigningRegionSet),t),en={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Xe("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Xe("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function a0(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Fc,i0,i1,jf,c0=p(()=>{P();P();Fc=class{format(e){let r=[];for(let n in e){
if(!C(e,n))continue;let i=re(n);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[n]))}let o=new Uint8Array(r.reduce((n,i)=>n+i.byteLength,0)),s=0;
for(let n of r)o.set(n,s),s+=n.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let s=new Uint8Array(9);return s[0]=5,s.set(e.value.bytes,
1),s;case"binary":let n=new DataView(new ArrayBuffer(3+e.value.byteLength));n.setUint8(0,6),n.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(n.buffer);
return i.set(e.value,3),i;case"string":let a=re(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(9);return u[0]=8,u.set(jf.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!i1.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(17);return d[0]=9,d.set(Nn(e.value.replace(/-/g,"")),1),d}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(i0||(i0={}));i1=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,jf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,s=Math.abs(Math.round(e));o>-1&&s>0;o--,s/=256)r[o]=
s;return e<0&&a0(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&a0(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var p0,l0,Vf,u0,d0,qf,Wf,Kf,Jf,a1,m0,f0,di,g0,h0,y0,E0,Mc,S0,x0,R0,Xf,_0,os=p(()=>{p0="X-Amz-Algorithm",l0="X-Amz-Credential",Vf="X-Amz-Date",u0="X-Amz-SignedHe\
aders",d0="X-Amz-Expires",qf="X-Amz-Signature",Wf="X-Amz-Security-Token",Kf="authorization",Jf=Vf.toLowerCase(),a1="date",m0=[Kf,Jf,a1],f0=qf.toLowerCase(),di="\
x-amz-content-sha256",g0=Wf.toLowerCase(),h0={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},y0=/^proxy-/,E0=/^sec-/,Mc="AWS4-HMAC-SHA256",S0="AWS4-HMAC-SHA256-PAYL\
OAD",x0="UNSIGNED-PAYLOAD",R0=50,Xf="aws4_request",_0=3600*24*7});var w0,I0=p(()=>{P();U();os();w0=({query:t={}})=>{let e=[],r={};for(let o in t){if(!C(t,o)||o.toLowerCase()===f0)continue;let s=Tr(o);e.push(s);let n=t[o];typeof n==
"string"?r[s]=`${s}=${Tr(n)}`:Array.isArray(n)&&(r[s]=n.slice(0).reduce((i,a)=>i.concat([`${s}=${Tr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var T0,c1,v0=p(()=>{T0=t=>c1(t).toISOString().replace(/\.\d{3}Z$/,"Z"),c1=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Hc,A0=p(()=>{v();U();P();I0();v0();Hc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:s,sha256:n,uriEscapePath:i=!0}){this.service=s,this.sha256=n,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
V(o),this.credentialProvider=V(r)}createCanonicalRequest(e,r,o){let s=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${w0(e)}
${s.map(n=>`${n}:${r[n]}`).join(`
`)}

${s.join(";")}
${o}`}async createStringToSign(e,r,o,s){let n=new this.sha256;n.update(lr(o));let i=await n.digest();return`${s}
${e}
${r}
${le(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let n of e.split("/"))n?.length!==0&&n!=="."&&(n===".."?r.pop():r.push(n));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Tr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=T0(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var Bc,Yf,Gc,b0,C0,P0=p(()=>{P();os();Bc={},Yf=[],Gc=(t,e,r)=>`${t}/${e}/${r}/${Xf}`,b0=async(t,e,r,o,s)=>{let n=await C0(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${s}:${le(n)}:${e.sessionToken}`;if(i in Bc)return Bc[i];for(Yf.push(i);Yf.length>R0;)delete Bc[Yf.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,s,Xf])a=await C0(t,a,c);return Bc[i]=a},C0=(t,e,r)=>{let o=new t(e);return o.update(lr(r)),o.digest()}});var Qf,O0=p(()=>{P();os();Qf=({headers:t},e,r)=>{let o={};for(let s of Object.keys(t).sort()){if(t[s]==null)continue;let n=s.toLowerCase();(C(h0,n)||e?.has(n)||
y0.test(n)||E0.test(n))&&(!r||r&&!r.has(n))||(n==="__proto__"&&Qr(o),o[n]=t[s].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var zc,D0=p(()=>{P();P();os();zc=async({headers:t,body:e},r)=>{for(let o in t)if(C(t,o)&&o.toLowerCase()===di)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||bn(e)){let o=new r;return o.update(lr(e)),le(await o.digest())}return x0}});var N0,k0=p(()=>{P();N0=(t,e)=>{t=t.toLowerCase();for(let r in e)if(C(e,r)&&t===r.toLowerCase())return!0;return!1}});var $0,L0=p(()=>{P();U();$0=(t,e={})=>{let{headers:r,query:o={}}=z.clone(t);for(let s in r){if(!C(r,s))continue;let n=s.toLowerCase();(n.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(n)||e.hoistableHeaders?.has(n))&&(o[s]=r[s],delete r[s])}return{...t,headers:r,query:o}}});var Zf,U0=p(()=>{P();U();os();Zf=t=>{t=z.clone(t);for(let e in t.headers)C(t.headers,e)&&m0.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var Eo,F0=p(()=>{P();c0();A0();os();P0();O0();D0();k0();L0();U0();Eo=class extends Hc{headerFormatter=new Fc;constructor({applyChecksum:e,credentials:r,region:o,
service:s,sha256:n,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:s,sha256:n,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:s=3600,unsignableHeaders:n,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:u}=r,d=await this.credentialProvider();
this.validateResolvedCredentials(d);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(s>_0)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=Gc(g,m,u??this.service),h=$0(Zf(e),{unhoistableHeaders:i,hoistableHeaders:c});
d.sessionToken&&(h.query[Wf]=d.sessionToken),h.query[p0]=Mc,h.query[l0]=`${d.accessKeyId}/${y}`,h.query[Vf]=f,h.query[d0]=s.toString(10);let E=Qf(h,n,a);return h.
query[u0]=this.getCanonicalHeaderList(E),h.query[qf]=await this.getSignature(f,y,this.getSigningKey(d,m,g,u),this.createCanonicalRequest(h,E,await zc(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:s,signingRegion:n,signingService:i,eventStreamCredentials:a}){let c=n??await this.regionProvider(),{
shortDate:l,longDate:u}=this.formatDate(o),d=Gc(l,c,i??this.service),m=await zc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=le(await f.
digest()),y=[S0,u,d,s,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:s,eventStreamCredentials:n}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:s,priorSignature:e.priorSignature,eventStreamCredentials:n}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:s,eventStreamCredentials:n}={}){let i=n??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,s));return l.update(lr(e)),le(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:s,signingRegion:n,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=n??await this.regionProvider(),l=Zf(e),{longDate:u,shortDate:d}=this.formatDate(r),m=Gc(d,c,i??this.service);l.headers[Jf]=u,a.sessionToken&&(l.headers[g0]=
a.sessionToken);let f=await zc(l,this.sha256);!N0(di,l.headers)&&this.applyChecksum&&(l.headers[di]=f);let g=Qf(l,s,o),y=await this.getSignature(u,m,this.getSigningKey(
a,c,d,i),this.createCanonicalRequest(l,g,f));return l.headers[Kf]=`${Mc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,s){let n=await this.createStringToSign(e,r,s,Mc),i=new this.sha256(await o);return i.update(lr(n)),le(await i.digest())}getSigningKey(e,r,o,s){
return b0(this.sha256,e,o,r,s||this.service)}}});var jc,M0=p(()=>{jc={SignatureV4a:null}});var Vc=p(()=>{F0();M0()});function p1(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=Rc(e,xc,ii):r?o=vr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function l1(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var eg,H0=p(()=>{F();
De();Vc();eg=t=>e=>{let r=e.credentials,o=!!e.credentials,s;Object.defineProperty(e,"credentials",{set(u){u&&u!==r&&u!==s&&(o=!0),r=u;let d=p1(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=l1(e,d);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;s=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?B(h,"CREDENTIALS_CODE","e"):h},s.memoized=m.memoized,s.configBound=m.configBound,s.attributed=!0}else s=m},get(){
return s},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:n=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
vr(e.signer):e.regionInfoProvider?c=()=>vr(e.region)().then(async u=>[await e.regionInfoProvider(u,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},u]).then(([u,d])=>{let{signingRegion:m,signingService:f}=u;e.signingRegion=e.signingRegion||m||d,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:n},y=e.signerConstructor||Eo;return new y(g)}):
c=async u=>{u=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await vr(e.region)(),properties:{}},u);let d=u.signingRegion,
m=u.signingName;e.signingRegion=e.signingRegion||d,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:n},g=e.signerConstructor||Eo;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:n,signer:c,disableClockSkewCorrection:vr(
e.disableClockSkewCorrection??t)})}});var tg=p(()=>{Gf();Qw();s0();n0();H0()});var d1,m1,B0,G0=p(()=>{$();d1="AWS_DISABLE_CLOCK_SKEW_CORRECTION",m1="disable_clock_skew_correction",B0={environmentVariableSelector:t=>dr(t,d1,dt.ENV),configFileSelector:t=>dr(
t,m1,dt.CONFIG),default:!1}});var z0,j0=p(()=>{$();G0();z0=_(B0)});var Jt,he=p(()=>{tg();tg();j0();Jt=eg(z0)});var mi,V0=p(()=>{mi={CrtSignerV4:null}});function W0(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function K0(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var rg,q0,qc,J0=p(()=>{Vc();rg="X-Amz-S3session-Token",q0=rg.toLowerCase(),qc=class extends Eo{async signWithCredentials(e,r,o){
let s=W0(r);e.headers[q0]=r.sessionToken;let n=this;return K0(n,s),n.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let s=W0(r);return delete e.headers[q0],
e.headers[rg]=r.sessionToken,e.query=e.query??{},e.query[rg]=r.sessionToken,K0(this,s),this.presign(e,o)}}});var Ar,X0=p(()=>{Vc();V0();J0();Ar=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof mi.CrtSignerV4=="function"?"crt":typeof jc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new qc(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let s=this.getSigv4aSigner(),n=mi.CrtSignerV4;if(n&&s instanceof
n)return s.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),s=mi.CrtSignerV4;if(s&&o instanceof s)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=mi.CrtSignerV4,r=jc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var fi=p(()=>{X0()});var yi,Ei,ig,ag,cg,pg,Jc,fI=p(()=>{F();$();yi="AWS_ACCESS_KEY_ID",Ei="AWS_SECRET_ACCESS_KEY",ig="AWS_SESSION_TOKEN",ag="AWS_CREDENTIAL_EXPIRATION",cg="AWS_CREDE\
NTIAL_SCOPE",pg="AWS_ACCOUNT_ID",Jc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[yi],r=process.env[Ei],o=process.
env[ig],s=process.env[ag],n=process.env[cg],i=process.env[pg];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...s&&{expiration:new Date(
s)},...n&&{credentialScope:n},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new w("Unable to find environment variable credentials.",{logger:t?.
logger})}});var gI={};ir(gI,{ENV_ACCOUNT_ID:()=>pg,ENV_CREDENTIAL_SCOPE:()=>cg,ENV_EXPIRATION:()=>ag,ENV_KEY:()=>yi,ENV_SECRET:()=>Ei,ENV_SESSION:()=>ig,fromEnv:()=>Jc});var lg=p(
()=>{fI()});var Xc,Yc,ug=p(()=>{Xc=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",Yc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var hI,yI,on,Qc=p(()=>{hI=1e3,yI=0,on=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var dg,EI=p(()=>{dg=so(require("node:http"))});function So(t){return new Promise((e,r)=>{let o=dg.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",s=>{r(Object.
assign(new Xe("Unable to connect to instance metadata service"),s)),o.destroy()}),o.on("timeout",()=>{r(new Xe("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",s=>{let{statusCode:n=400}=s;(n<200||300<=n)&&(r(Object.assign(new Xe("Error response received from instance metadata service"),{statusCode:n})),
o.destroy());let i=[];s.on("data",a=>{i.push(a)}),s.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var Zc=p(()=>{$();EI()});var Si,mg=p(()=>{Si=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var sn,xi,ep,SI,_1,w1,I1,T1,v1,xI=p(()=>{$();ug();Qc();Zc();mg();sn="AWS_CONTAINER_CREDENTIALS_FULL_URI",xi="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",ep="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",SI=(t={})=>{let{timeout:e,maxRetries:r}=on(t);return()=>Si(async()=>{let o=await v1({logger:t.logger}),s=JSON.parse(await _1(e,o));if(!Xc(
s))throw new w("Invalid response received from instance metadata service.",{logger:t.logger});return Yc(s)},r)},_1=async(t,e)=>(process.env[ep]&&(e.headers={...e.
headers,Authorization:process.env[ep]}),(await So({...e,timeout:t})).toString()),w1="169.254.170.2",I1=new Set(["localhost","127.0.0.1"]),T1=new Set(["http:","h\
ttps:"]),v1=async({logger:t})=>{if(process.env[xi])return{hostname:w1,path:process.env[xi]};if(process.env[sn]){let e;try{e=new URL(process.env[sn])}catch{throw new w(
`${process.env[sn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!I1.has(e.hostname))throw new w(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!T1.has(e.protocol))throw new w(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new w(`The container metadata credential provider cannot be used unless the ${xi} or ${sn} environment variable is set`,{tryNextLink:!1,logger:t})}});var tp,RI=p(()=>{$();tp=class t extends w{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var ns,fg=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(ns||(ns={}))});var A1,C1,_I,wI=p(()=>{A1="AWS_EC2_METADATA_SERVICE_ENDPOINT",C1="ec2_metadata_service_endpoint",_I={environmentVariableSelector:t=>t[A1],configFileSelector:t=>t[C1],
default:void 0}});var xo,gg=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(xo||(xo={}))});var b1,P1,II,TI=p(()=>{gg();b1="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",P1="ec2_metadata_service_endpoint_mode",II={environmentVariableSelector:t=>t[b1],configFileSelector:t=>t[P1],
default:xo.IPv4}});var rp,O1,D1,hg=p(()=>{$();U();fg();wI();gg();TI();rp=async()=>fe(await O1()||await D1()),O1=async()=>_(_I)(),D1=async()=>{let t=await _(II)();switch(t){case xo.
IPv4:return ns.IPv4;case xo.IPv6:return ns.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(xo)}`)}}});var N1,yg,vI=p(()=>{N1="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",yg=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+N1);let s=t.originalExpiration??t.expiration;return{...t,...s?{originalExpiration:s}:{},expiration:o}}});var AI,CI=p(()=>{vI();AI=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let s;try{s=await t(),s.expiration&&s.expiration.getTime()<Date.now()&&(s=yg(s,r))}catch(n){
if(o)r.warn("Credential renew failed: ",n),s=yg(o,r);else throw n}return o=s,s}}});var OI,k1,Eg,bI,PI,DI,$1,L1,U1,F1,NI=p(()=>{$();RI();ug();Qc();Zc();mg();hg();CI();OI="/latest/meta-data/iam/security-credentials/",k1="/latest/api/token",Eg="A\
WS_EC2_METADATA_V1_DISABLED",bI="ec2_metadata_v1_disabled",PI="x-aws-ec2-metadata-token",DI=(t={})=>AI($1(t),{logger:t.logger}),$1=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:s,maxRetries:n}=on(t),i=async(a,c)=>{if(e||c.headers?.[PI]==null){let d=!1,m=!1,f=await _({environmentVariableSelector:g=>{let y=g[Eg];if(m=!!y&&y!=="f\
alse",y===void 0)throw new w(`${Eg} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[bI];return d=!!y&&y!==
"false",d},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),d&&g.push(`config file profile (${bI})`),m&&g.push(`process environment variable (${Eg})`),new tp(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let u=(await Si(async()=>{let d;try{d=await U1(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return d},a)).trim();return Si(async()=>{let d;try{d=await F1(u,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return d},a)};return async()=>{let a=await rp();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(n,{...a,timeout:s});{let c;try{c=(await L1({...a,timeout:s})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(n,{...a,timeout:s})}return i(n,{...a,headers:{[PI]:c},timeout:s})}}},
L1=async t=>So({...t,path:k1,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),U1=async t=>(await So({...t,path:OI})).toString(),F1=async(t,e,r)=>{
let o=JSON.parse((await So({...e,path:OI+t})).toString());if(!Xc(o))throw new w("Invalid response received from instance metadata service.",{logger:r.logger});return Yc(
o)}});var op={};ir(op,{DEFAULT_MAX_RETRIES:()=>yI,DEFAULT_TIMEOUT:()=>hI,ENV_CMDS_AUTH_TOKEN:()=>ep,ENV_CMDS_FULL_URI:()=>sn,ENV_CMDS_RELATIVE_URI:()=>xi,Endpoint:()=>ns,
fromContainerMetadata:()=>SI,fromInstanceMetadata:()=>DI,getInstanceMetadataEndpoint:()=>rp,httpRequest:()=>So,providerConfigFromInit:()=>on});var sp=p(()=>{xI();
NI();Qc();Zc();hg();fg()});function Sg(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let s=new Error("Request aborted");return s.name="AbortErr\
or",s.cause=e,s}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var kI=p(()=>{});var $I,LI=p(()=>{$I=["ECONNRESET","EPIPE","ETIMEDOUT"]});var UI,FI=p(()=>{P();UI=t=>{let e={};for(let r in t){if(!C(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var nn,MI=p(()=>{nn=so(require("node:https"))});var ue,is=p(()=>{ue={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var HI,BI,GI=p(()=>{is();HI=1e3,BI=(t,e,r=0)=>{if(!r)return-1;let o=s=>{let n=ue.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-s),i=a=>{a?.connecting?
a.on("connect",()=>{ue.clearTimeout(n)}):ue.clearTimeout(n)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ue.setTimeout(o.bind(null,HI),HI)}});var zI,jI=p(()=>{is();zI=(t,e,r=0,o,s)=>r?ue.setTimeout(()=>{let n=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(n),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else n+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",s?.warn?.(n)},r):-1});var M1,VI,qI=p(()=>{is();M1=3e3,VI=(t,{keepAlive:e,keepAliveMsecs:r},o=M1)=>{if(e!==!0)return-1;let s=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
n=>{n.setKeepAlive(e,r||0)})};return o===0?(s(),0):ue.setTimeout(s,o)}});var np,WI=p(()=>{np=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var H1,xg,KI=p(()=>{is();H1=3e3,xg=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let s;t.once("response",c=>s=c);let n=()=>{if(s?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});s?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,n),t.on("close",()=>c.removeListener("timeout",n))):t.once("socket",i)};if(r<6e3){i();return}let a=ue.setTimeout(i,H1);t.once("close",()=>ue.clearTimeout(a))}});async function YI(t,e,r=JI,o=!1){let s=e.headers,n=s?s.Expect||s.expect:void 0,i=-1,a=!0;!o&&n==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ue.setTimeout(()=>c(!0),Math.max(JI,r)))}),new Promise(c=>{t.on("continue",()=>{ue.clearTimeout(i),c(!0)}),t.on("response",()=>{ue.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ue.clearTimeout(i),c(!1)})})])),a&&B1(t,e.body)}function B1(t,e){if(e instanceof XI.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let s=e;if(typeof s=="object"&&s.buffer&&typeof s.byteOffset=="number"&&typeof s.byteLength=="nu\
mber"){t.end(Buffer.from(s.buffer,s.byteOffset,s.byteLength));return}t.end(Buffer.from(e));return}t.end()}var XI,JI,QI=p(()=>{XI=require("node:stream");is();JI=
6e3});var ip,ZI,Ce,eT=p(()=>{P();U();kI();LI();FI();MI();GI();jI();qI();WI();KI();is();QI();Ce=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:s,requests:n,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(s&&n)for(let c in s){if(!C(s,c))continue;let l=s[c]?.length??0,u=n[c]?.length??0;if(l>=i&&u>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${u} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(s=>{r(this.resolveDefaultConfig(s))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let s=this.config,n=s.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,u=-1,d=-1,m=-1,
f=-1,g=()=>{ue.clearTimeout(u),ue.clearTimeout(d),ue.clearTimeout(m),ue.clearTimeout(f)},y=async W=>{await l,g(),a(W)},h=async W=>{await l,g(),c(W)};if(r?.aborted){
let W=Sg(r);h(W);return}let E=e.headers,S=E?(E.Expect??E.expect)==="100-continue":!1,T=i?s.httpsAgent:s.httpAgent;S&&!this.externalAgent&&(T=new(i?nn.default.Agent:
ip)({keepAlive:!1,maxSockets:1/0})),u=ue.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(T,this.socketWarningTimestamp,n)},s.socketAcquisitionWarningTimeout??
(s.requestTimeout??2e3)+(s.connectionTimeout??1e3));let R=e.query?sf(e.query):"",I;if(e.username!=null||e.password!=null){let W=e.username??"",_r=e.password??"";
I=`${W}:${_r}`}let M=e.path;R&&(M+=`?${R}`),e.fragment&&(M+=`#${e.fragment}`);let oe=e.hostname??"";oe[0]==="["&&oe.endsWith("]")?oe=e.hostname.slice(1,-1):oe=e.
hostname;let gr={headers:e.headers,host:oe,method:e.method,path:M,port:e.port,agent:T,auth:I},me=(i?nn.default.request:ZI)(gr,W=>{let _r=new pt({statusCode:W.statusCode||
-1,reason:W.statusMessage,headers:UI(W.headers),body:W});y({response:_r})});if(me.on("error",W=>{$I.includes(W.code)?h(Object.assign(W,{name:"TimeoutError"})):h(
W)}),r){let W=()=>{me.destroy();let _r=Sg(r);h(_r)};if(typeof r.addEventListener=="function"){let _r=r;_r.addEventListener("abort",W,{once:!0}),me.once("close",
()=>_r.removeEventListener("abort",W))}else r.onabort=W}let ke=o??s.requestTimeout;d=BI(me,h,s.connectionTimeout),m=zI(me,h,ke,s.throwOnRequestTimeout,n??console);
let Vt=s.socketTimeout===void 0?np(s):void 0;Vt?xg(me,h,Vt,!0):xg(me,h,s.socketTimeout);let at=gr.agent;typeof at=="object"&&"keepAlive"in at&&(f=VI(me,{keepAlive:at.
keepAlive,keepAliveMsecs:at.keepAliveMsecs})),l=YI(me,e,ke,this.externalAgent).catch(W=>(g(),c(W)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=np(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:s,
socketAcquisitionWarningTimeout:n,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},u=!0,d=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:s,
defaultSocketTimeout:np(e),socketAcquisitionWarningTimeout:n,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await import("node:http"),{Agent:g,
request:y}=f.default??f;return ZI=y,ip=g,i instanceof ip||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new ip({keepAlive:u,maxSockets:d,...i})})(),httpsAgent:a instanceof
nn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new nn.default.Agent({keepAlive:u,maxSockets:d,...a}),logger:l}}}});var Zr=p(()=>{eT();P()});var G1,z1,j1,tT,rT=p(()=>{$();G1="169.254.170.2",z1="169.254.170.23",j1="[fd00:ec2::23]",tT=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===G1||t.hostname===z1||
t.hostname===j1)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=s=>{let n=parseInt(s,10);return 0<=n&&n<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new w(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function oT(t){return new z({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function sT(t,e){let o=await Xn(t.body).transformToString();if(t.statusCode===200){let s=JSON.parse(o);if(typeof s.AccessKeyId!=
"string"||typeof s.SecretAccessKey!="string"||typeof s.Token!="string"||typeof s.Expiration!="string")throw new w("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:s.
AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.Token,expiration:vd(s.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let s={};try{s=JSON.parse(
o)}catch{}throw Object.assign(new w(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:s.Code,Message:s.Message})}throw new w(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var nT=p(()=>{$();U();P();P()});var iT,aT=p(()=>{iT=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(n=>setTimeout(n,r))}return await t()}});var pT,V1,q1,W1,K1,J1,lT,cT,uT=p(()=>{F();$();Zr();pT=so(require("node:fs/promises"));rT();nT();aT();V1="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",q1="http://169.\
254.170.2",W1="AWS_CONTAINER_CREDENTIALS_FULL_URI",K1="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",J1="AWS_CONTAINER_AUTHORIZATION_TOKEN",lT=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[V1],o=t.awsContainerCredentialsFullUri??process.env[W1],
s=t.awsContainerAuthorizationToken??process.env[J1],n=t.awsContainerAuthorizationTokenFile??process.env[K1],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),s&&n&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${q1}${r}`;else if(o)e=o;else
throw new w(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);tT(a,t.logger);let c=Ce.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,u=iT(async()=>{let d=oT(a);n?d.headers.Authorization=cT((await pT.default.readFile(n)).toString()):s&&(d.headers.Authorization=cT(
s));try{let m=await c.handle(d,{requestTimeout:l});return sT(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new w(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await u()}finally{c.destroy?.()}}},cT=t=>{if(t.includes(`\r
`))throw new w("Authorization token contains invalid \\r\\n sequence.");return t}});var Rg={};ir(Rg,{fromHttp:()=>lT});var _g=p(()=>{uT()});var ap,wg=p(()=>{ap=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var an,cp=p(()=>{an="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function Y1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Q1(t){return{schemeId:"smithy.api#noAuth"}}var gT,hT,yT,Ig=p(()=>{he();v();gT=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});hT=t=>{let e=[];return t.operation==="CreateToken"?e.push(Q1(t)):e.push(Y1(t)),
e},yT=t=>{let e=Jt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var ET,ST,Tg=p(()=>{ET=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
ST={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Ro,Ri=p(()=>{Ro={name:"@aws-sdk/nested-clients",version:"3.998.4",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
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
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var _o,pp=p(()=>{v();Q();_o=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),s=Object.
values(o).find(n=>!!n.getMergedTraits().httpPayload);if(s){let n=s.getMergedTraits().mediaType;return n||(s.isStringSchema()?"text/plain":s.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:u,httpPrefixHeaders:d}=i.
getMergedTraits();return!a&&!c&&!l&&!u&&d===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,s,n,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:n,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{s.message=s.message??s.Message??"UnknownError";let u=this.
errorRegistry,d=u.getBaseException();if(d){let g=u.getErrorCtor(d)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),s)}let m=s,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),s)}}compose(e,r,o){let s=o;r.includes(
"#")&&([s]=r.split("#"));let n=K.for(s),i=K.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(n),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,s=Ha(e,r);o&&(s.message=o);let n=s.Error??{};n.Type=s.Error?.Type,n.Code=s.Error?.Code,n.Message=s.Error?.message??
s.Error?.Message??o,s.Error=n;let i=s.$metadata.requestId;return i&&(s.RequestId=i),s}return Ha(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[s,n]=o.split(";"),i=Object.keys(e),a={Code:s,Type:n};e.Code=s,e.Type=n;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(s=>H.of(s).getMergedTraits().awsQueryError?.[0]===r)}}}});var lp,xT=p(()=>{U();Q();pp();lp=class extends Yo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:s,jsonCodec:n}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=n??new es({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!s,
this.mixin=new _o(this.awsQueryCompatible)}async serializeRequest(e,r,o){let s=await super.serializeRequest(e,r,o);return s.path.endsWith("/")||(s.path+="/"),s.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,s.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(s.headers["x-amzn-query-mode"]="true"),(Jr(e.input)==="unit"||!s.body)&&(s.body="{}"),s}getPayloadCodec(){return this.codec}async handleError(e,r,o,s,n){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(s,o);let a=ff(o,s,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,s,n,i?this.mixin.findQueryCompatibleError:void 0),u=H.of(
c),d=s.message??s.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,E]of u.
structIterator())s[h]!=null&&(g[h]=y.readObject(E,s[h]));throw i&&this.mixin.queryCompatOutput(s,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:u.
getMergedTraits().error,message:d},g),s)}}});var as,RT=p(()=>{xT();as=class extends lp{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:s,jsonCodec:n}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:s,jsonCodec:n})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var eo,_T=p(()=>{U();Q();pp();eo=class extends ti{serializer;deserializer;codec;mixin=new _o;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let s={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new es(s),this.serializer=
new oi(this.codec.createSerializer(),s),this.deserializer=new ri(this.codec.createDeserializer(),s)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let s=await super.serializeRequest(e,r,
o),n=H.of(e.input);if(!s.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),n);i&&(s.headers["content-type"]=i)}return s.
body==null&&s.headers["content-type"]===this.getDefaultContentType()&&(s.body="{}"),s}async deserializeResponse(e,r,o){let s=await super.deserializeResponse(e,r,
o),n=H.of(e.output);for(let[i,a]of n.structIterator())a.getMemberTraits().httpPayload&&!(i in s)&&(s[i]=null);return s}async handleError(e,r,o,s,n){let i=mf(o,s)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,s,n),l=H.of(a),u=s.message??s.Message??"UnknownError",d=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new d({});await this.
deserializeHttpMessage(a,r,o,s);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let E=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,s[E])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:u},f),s)}getDefaultContentType(){return"applicatio\
n/json"}}});function vg(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function Cg(t){return new Ag(t).parse()}var Ag,wT=p(
()=>{Ag=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let s=r.x.slice(r.i,o);return r.i=o+e.length,s}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,s={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let u="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)u+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),u==="__proto__"&&vg(s),s[u]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?s:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let n=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,n.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let u="";for(;e.i<e.z&&e.x[e.i]!=="<";)u+=e.x[e.i++];n.push(e.decodeEntities(u))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&n.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let u=n.length===1?n[0]:n.join("");return u.trim()===""&&u.
includes(`
`)?{tag:r,value:""}:{tag:r,value:u}}let l={};for(let u of n)u.trim()===""&&u.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+u:u);for(let u of i)u.tag==="__proto__"&&vg(l),u.tag in l?Array.isArray(l[u.tag])?l[u.tag].push(u.value):l[u.tag]=[l[u.tag],
u.value]:l[u.tag]=u.value;for(let[u,d]of Object.entries(s))u==="__proto__"&&vg(l),l[u]=d;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,s,n)=>o?
String.fromCharCode(parseInt(o,16)):s?String.fromCharCode(parseInt(s,10)):t.ENTITIES[n]??"")}}});var IT=p(()=>{wT()});var cn,bg=p(()=>{cn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var up,TT=p(()=>{up=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),s=new Set(o);s.delete("__type"),this.keys=s}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function vT(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var AT=p(()=>{});var dp,CT=p(()=>{IT();v();U();Q();P();bg();TT();AT();dp=class extends cn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new Qo(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let s=H.of(e),n=s.getMemberSchemas();if(s.isStructSchema()&&
s.isMemberSchema()&&!!Object.values(n).find(l=>!!l.getMemberTraits().eventPayload)){let l={},u=Object.keys(n)[0];return n[u].isBlobSchema()?l[u]=r:l[u]=this.read(
n[u],r),l}let a=(this.serdeContext?.utf8Encoder??Z)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=H.of(e);if(o.isUnitSchema())return;
let s=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let n=!!s.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",u=n?r:(r[0]??r)[l];if(u==null)return c;let d=Array.isArray(u)?u:[u];for(let m of d)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;n?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let u=a.getMergedTraits().xmlName??"key",d=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[u],g=m[d];f==="__proto__"&&vT(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new up(r,i));for(let[l,u]of o.structIterator()){let d=u.getMergedTraits(),m=d.
httpPayload?d.xmlName??u.getName():u.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(u,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=Cg(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",s=Object.keys(r)[0],n=r[s];return n[o]&&(n[s]=n[o],delete n[o]),Ba(n)}return{}}}});var mp,bT=p(()=>{U();Q();P();P();bg();mp=class extends cn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let s=H.of(e);if(o&&!o.endsWith(".")&&(o+="."),s.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??pe)(r)));else if(s.isBooleanSchema()||s.isNumericSchema()||s.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):s.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Gs()));else if(s.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(s.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Ie?r.string:String(r)));else if(s.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),Zo(s,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Go(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
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
1)),this.buffer+=`&${Wo(e)}=`}writeValue(e){this.buffer+=Wo(e)}}});var cs,PT=p(()=>{U();Q();pp();CT();bT();cs=class extends Yo{options;serializer;deserializer;mixin=new _o;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new mp(r),this.deserializer=new dp(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let s=await super.serializeRequest(e,r,o);s.path.endsWith("/")||(s.path+="/"),s.headers["content-type"]="application/x-www-form-urlencoded",(Jr(e.input)==="unit"||
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
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var wo=p(()=>{RT();_T();PT()});var _i,ps,fp,OT,$T,gp,Pg,DT,Og,pn,NT,kT,eL,Xt,tL,LT,UT=p(()=>{j();_i="ref",ps=-1,fp=!0,OT="isSet",$T="PartitionResult",gp="booleanEquals",Pg="getAttr",DT={[_i]:"\
Endpoint"},Og={[_i]:$T},pn={},NT=[{[_i]:"Region"}],kT={conditions:[[OT,[DT]],[OT,NT],["aws.partition",NT,$T],[gp,[{[_i]:"UseFIPS"},fp]],[gp,[{[_i]:"UseDualStack"},
fp]],[gp,[{fn:Pg,argv:[Og,"supportsDualStack"]},fp]],[gp,[{fn:Pg,argv:[Og,"supportsFIPS"]},fp]],["stringEquals",[{fn:Pg,argv:[Og,"name"]},"aws-us-gov"]]],results:[
[ps],[ps,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ps,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[DT,
pn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",pn],[ps,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",pn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",pn],[ps,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",pn],[ps,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",pn],[ps,"Invalid Configuration: Missing Region"]]},eL=2,Xt=1e8,tL=new Int32Array([-1,1,-1,0,13,3,1,4,Xt+12,2,5,Xt+12,3,
8,6,4,7,Xt+11,5,Xt+9,Xt+10,4,11,9,6,10,Xt+8,7,Xt+6,Xt+7,5,12,Xt+5,6,Xt+4,Xt+5,3,Xt+1,14,4,Xt+2,Xt+3]),LT=Ue.from(tL,eL,kT.conditions,kT.results)});var rL,FT,MT=p(()=>{F();j();UT();rL=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),FT=(t,e={})=>rL.get(t,()=>It(LT,{endpointParams:t,logger:e.
logger}));ve.aws=rt});var Ne,hp=p(()=>{v();Ne=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var wi,Ii,Ti,vi,Ai,Ci,bi,Pi,Oi,Di,Ni,Dg=p(()=>{hp();wi=class t extends Ne{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},Ii=class t extends Ne{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ti=class t extends Ne{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},vi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ai=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ci=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},bi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
Pi=class t extends Ne{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
Oi=class t extends Ne{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Di=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ni=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var oL,sL,nL,iL,aL,cL,pL,lL,uL,dL,mL,fL,gL,hL,yL,EL,SL,xL,RL,_L,Gr,wL,IL,TL,vL,AL,ye,CL,Cr,bL,PL,br,OL,HT,BT,DL,GT,NL,kL,$L,_e,zT,jT,xr,VT,qT,WT,KT,JT,XT,YT,QT,
ZT,ev,tv,Ng,LL,UL,FL,ML,rv,ov,sv,kg,yp=p(()=>{Q();Dg();hp();oL="AccessDeniedException",sL="AuthorizationPendingException",nL="AccessToken",iL="ClientSecret",aL=
"CreateToken",cL="CreateTokenRequest",pL="CreateTokenResponse",lL="CodeVerifier",uL="ExpiredTokenException",dL="InvalidClientException",mL="InvalidGrantExceptio\
n",fL="InvalidRequestException",gL="InternalServerException",hL="InvalidScopeException",yL="IdToken",EL="RefreshToken",SL="SlowDownException",xL="UnauthorizedCl\
ientException",RL="UnsupportedGrantTypeException",_L="accessToken",Gr="client",wL="clientId",IL="clientSecret",TL="codeVerifier",vL="code",AL="deviceCode",ye="e\
rror",CL="expiresIn",Cr="error_description",bL="grantType",PL="http",br="httpError",OL="idToken",HT="reason",BT="refreshToken",DL="redirectUri",GT="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",NL="scope",kL="server",$L="tokenType",_e="com.amazonaws.ssooidc",zT=new K(GT),jT=[-3,GT,"SSOOIDCServiceException",0,[],[]];zT.
registerError(jT,Ne);xr=new K(_e),VT=[-3,_e,oL,{[ye]:Gr,[br]:400},[ye,HT,Cr],[0,0,0]];xr.registerError(VT,wi);qT=[-3,_e,sL,{[ye]:Gr,[br]:400},[ye,Cr],[0,0]];xr.
registerError(qT,Ii);WT=[-3,_e,uL,{[ye]:Gr,[br]:400},[ye,Cr],[0,0]];xr.registerError(WT,Ti);KT=[-3,_e,gL,{[ye]:kL,[br]:500},[ye,Cr],[0,0]];xr.registerError(KT,vi);
JT=[-3,_e,dL,{[ye]:Gr,[br]:401},[ye,Cr],[0,0]];xr.registerError(JT,Ai);XT=[-3,_e,mL,{[ye]:Gr,[br]:400},[ye,Cr],[0,0]];xr.registerError(XT,Ci);YT=[-3,_e,fL,{[ye]:Gr,
[br]:400},[ye,HT,Cr],[0,0,0]];xr.registerError(YT,bi);QT=[-3,_e,hL,{[ye]:Gr,[br]:400},[ye,Cr],[0,0]];xr.registerError(QT,Pi);ZT=[-3,_e,SL,{[ye]:Gr,[br]:400},[ye,
Cr],[0,0]];xr.registerError(ZT,Oi);ev=[-3,_e,xL,{[ye]:Gr,[br]:400},[ye,Cr],[0,0]];xr.registerError(ev,Di);tv=[-3,_e,RL,{[ye]:Gr,[br]:400},[ye,Cr],[0,0]];xr.registerError(
tv,Ni);Ng=[zT,xr],LL=[0,_e,nL,8,0],UL=[0,_e,iL,8,0],FL=[0,_e,lL,8,0],ML=[0,_e,yL,8,0],rv=[0,_e,EL,8,0],ov=[3,_e,cL,0,[wL,IL,bL,AL,vL,BT,NL,DL,TL],[0,[()=>UL,0],
0,0,0,[()=>rv,0],64,0,[()=>FL,0]],3],sv=[3,_e,pL,0,[_L,$L,CL,BT,OL],[[()=>LL,0],0,1,[()=>rv,0],[()=>ML,0]]],kg=[9,_e,aL,{[PL]:["POST","/token",200]},()=>ov,()=>sv]});var nv,iv=p(()=>{he();wo();De();Hr();v();U();P();Ig();MT();yp();nv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??FT,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
hT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new Se,protocol:t?.protocol??eo,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Ng,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??Qe,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var av,cv=p(()=>{Ri();F();he();v();$();tt();P();Zr();iv();av=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=nv(t);ct(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??
ut,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:Ro.version}),maxAttempts:t?.
maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).
retryMode||Be},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.
userAgentAppId??_(Ut,s)}}});var pv,lv,uv=p(()=>{pv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},lv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var dv,mv=p(()=>{F();v();U();uv();dv=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),pv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),
lv(r))}});var ki,$g=p(()=>{F();De();v();$();j();U();tt();Q();Ig();Tg();cv();mv();ki=class extends Re{config;constructor(...[e]){let r=av(e||{});super(r),this.initConfig=r;
let o=ET(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=qt(a),l=yT(c),u=dv(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use(
$t(this.config)),this.middlewareStack.use(Kt(this.config)),this.middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.
use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:gT,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}}});var fv,gv,hv,yv=p(()=>{v();j();Tg();fv=Rt(ST,"AWSSSOOIDCService","SSOOIDCClient",Wt),gv={},hv=(t,e,r,o)=>[]});var $i,Lg=p(()=>{yv();yp();$i=class extends fv(gv,hv,"CreateToken",kg){}});var HL,Ep,Ev=p(()=>{v();Lg();$g();HL={CreateTokenCommand:$i},Ep=class extends ki{};Xr(HL,Ep)});var Sv=p(()=>{Lg()});var BL,GL,xv=p(()=>{BL={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},GL={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var Rv=p(()=>{});var Ug={};ir(Ug,{$Command:()=>Er,AccessDeniedException:()=>wi,AccessDeniedException$:()=>VT,AccessDeniedExceptionReason:()=>BL,AuthorizationPendingException:()=>Ii,
AuthorizationPendingException$:()=>qT,CreateToken$:()=>kg,CreateTokenCommand:()=>$i,CreateTokenRequest$:()=>ov,CreateTokenResponse$:()=>sv,ExpiredTokenException:()=>Ti,
ExpiredTokenException$:()=>WT,InternalServerException:()=>vi,InternalServerException$:()=>KT,InvalidClientException:()=>Ai,InvalidClientException$:()=>JT,InvalidGrantException:()=>Ci,
InvalidGrantException$:()=>XT,InvalidRequestException:()=>bi,InvalidRequestException$:()=>YT,InvalidRequestExceptionReason:()=>GL,InvalidScopeException:()=>Pi,InvalidScopeException$:()=>QT,
SSOOIDC:()=>Ep,SSOOIDCClient:()=>ki,SSOOIDCServiceException:()=>Ne,SSOOIDCServiceException$:()=>jT,SlowDownException:()=>Oi,SlowDownException$:()=>ZT,UnauthorizedClientException:()=>Di,
UnauthorizedClientException$:()=>ev,UnsupportedGrantTypeException:()=>Ni,UnsupportedGrantTypeException$:()=>tv,__Client:()=>Re,errorTypeRegistries:()=>Ng});var Fg=p(
()=>{$g();Ev();Sv();v();yp();xv();Dg();Rv();hp()});var _v,wv=p(()=>{_v=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(Fg(),Ug)),s=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:s("logger"),userAgentAppId:s("userAgentAppId")}))}});var Iv,Tv=p(()=>{wv();Iv=async(t,e,r={},o)=>{let{CreateTokenCommand:s}=await Promise.resolve().then(()=>(Fg(),Ug));return(await _v(e,r,o)).send(new s({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Mg,vv=p(()=>{$();cp();Mg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new ur(`Token is expired. ${an}`,!1)}});var Io,Av=p(()=>{$();cp();Io=(t,e,r=!1)=>{if(typeof e>"u")throw new ur(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${an}`,!1)}});var Cv,zL,bv,Pv=p(()=>{$();Cv=require("node:fs"),{writeFile:zL}=Cv.promises,bv=(t,e)=>{let r=Ln(t),o=JSON.stringify(e,null,2);return zL(r,o)}});var Ov,Sp,Hg,Dv=p(()=>{$();cp();Tv();vv();Av();Pv();Ov=new Map,Sp=new Map,Hg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Ir(t),o=mt({profile:t.profile??e?.profile}),s=r[o];if(s){if(!s.sso_session)throw new ur(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new ur(`Profile '${o}' could not be found in shared credentials file.`,!1);let n=s.sso_session,i=Sp.get(n);if(i)return await i;let c=(await Gn(
t))[n];if(!c)throw new ur(`Sso session '${n}' could not be found in shared credentials file.`,!1);for(let S of["sso_start_url","sso_region"])if(!c[S])throw new ur(
`Sso session '${n}' is missing required property '${S}'.`,!1);let l=c.sso_start_url,u=c.sso_region,d;try{d=await Fn(n)}catch{throw new ur(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${an}`,!1)}Io("accessToken",d.accessToken),Io("expiresAt",d.expiresAt);let{accessToken:m,expiresAt:f}=d,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=Sp.get(n);if(y)return await y;let h=Ov.get(n)??0;if(Date.now()-h<30*1e3)
return Mg(g),g;Io("clientId",d.clientId,!0),Io("clientSecret",d.clientSecret,!0),Io("refreshToken",d.refreshToken,!0);let E=(async()=>{try{Ov.set(n,Date.now());
let S=await Iv(d,u,t,e);Io("accessToken",S.accessToken),Io("expiresIn",S.expiresIn);let T=new Date(Date.now()+S.expiresIn*1e3);try{await bv(n,{...d,accessToken:S.
accessToken,expiresAt:T.toISOString(),refreshToken:S.refreshToken})}catch{}return{token:S.accessToken,expiration:T}}catch{return Mg(g),g}})();Sp.set(n,E);try{return await E}finally{
Sp.delete(n)}}});var Nv=p(()=>{Dv()});function VL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function qL(t){return{schemeId:"smithy.api#noAuth"}}var kv,$v,Lv,Bg=p(()=>{he();v();kv=async(t,e,r)=>({operation:te(e).operation,region:await V(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});$v=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
qL(t)):e.push(VL(t)),e},Lv=t=>{let e=Jt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var Uv,Fv,Gg=p(()=>{Uv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),Fv={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Li,ls,xp,Mv,zv,Rp,zg,Hv,jg,ln,Bv,Gv,WL,Yt,KL,jv,Vv=p(()=>{j();Li="ref",ls=-1,xp=!0,Mv="isSet",zv="PartitionResult",Rp="booleanEquals",zg="getAttr",Hv={[Li]:"\
Endpoint"},jg={[Li]:zv},ln={},Bv=[{[Li]:"Region"}],Gv={conditions:[[Mv,[Hv]],[Mv,Bv],["aws.partition",Bv,zv],[Rp,[{[Li]:"UseFIPS"},xp]],[Rp,[{[Li]:"UseDualStack"},
xp]],[Rp,[{fn:zg,argv:[jg,"supportsDualStack"]},xp]],[Rp,[{fn:zg,argv:[jg,"supportsFIPS"]},xp]],["stringEquals",[{fn:zg,argv:[jg,"name"]},"aws-us-gov"]]],results:[
[ls],[ls,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ls,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Hv,
ln],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",ln],[ls,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",ln],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",ln],[ls,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",ln],[ls,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",ln],[ls,"Invalid Configuration: Missing Region"]]},WL=2,Yt=1e8,KL=new Int32Array([-1,1,
-1,0,13,3,1,4,Yt+12,2,5,Yt+12,3,8,6,4,7,Yt+11,5,Yt+9,Yt+10,4,11,9,6,10,Yt+8,7,Yt+6,Yt+7,5,12,Yt+5,6,Yt+4,Yt+5,3,Yt+1,14,4,Yt+2,Yt+3]),jv=Ue.from(KL,WL,Gv.conditions,
Gv.results)});var JL,qv,Wv=p(()=>{F();j();Vv();JL=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),qv=(t,e={})=>JL.get(t,()=>It(jv,{endpointParams:t,logger:e.
logger}));ve.aws=rt});var to,Vg=p(()=>{v();to=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var _p,wp,Ip,Tp,qg=p(()=>{Vg();_p=class t extends to{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wp=class t extends to{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Ip=class t extends to{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tp=class t extends to{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var XL,YL,QL,ZL,eU,tU,rU,oU,sU,nU,iU,aU,cU,pU,lU,vp,Ap,uU,dU,Cp,mU,Kv,bp,fU,gU,hU,Jv,yU,EU,SU,Rr,Xv,xU,Ui,RU,_U,wU,IU,Yv,TU,vU,AU,CU,bU,PU,Qv,Pp=p(()=>{Q();qg();
Vg();XL="AccessTokenType",YL="GetRoleCredentials",QL="GetRoleCredentialsRequest",ZL="GetRoleCredentialsResponse",eU="InvalidRequestException",tU="RoleCredential\
s",rU="ResourceNotFoundException",oU="SecretAccessKeyType",sU="SessionTokenType",nU="TooManyRequestsException",iU="UnauthorizedException",aU="accountId",cU="acc\
essKeyId",pU="accessToken",lU="account_id",vp="client",Ap="error",uU="expiration",dU="http",Cp="httpError",mU="httpHeader",Kv="httpQuery",bp="message",fU="roleC\
redentials",gU="roleName",hU="role_name",Jv="smithy.ts.sdk.synthetic.com.amazonaws.sso",yU="secretAccessKey",EU="sessionToken",SU="x-amz-sso_bearer_token",Rr="c\
om.amazonaws.sso",Xv=new K(Jv),xU=[-3,Jv,"SSOServiceException",0,[],[]];Xv.registerError(xU,to);Ui=new K(Rr),RU=[-3,Rr,eU,{[Ap]:vp,[Cp]:400},[bp],[0]];Ui.registerError(
RU,_p);_U=[-3,Rr,rU,{[Ap]:vp,[Cp]:404},[bp],[0]];Ui.registerError(_U,wp);wU=[-3,Rr,nU,{[Ap]:vp,[Cp]:429},[bp],[0]];Ui.registerError(wU,Ip);IU=[-3,Rr,iU,{[Ap]:vp,
[Cp]:401},[bp],[0]];Ui.registerError(IU,Tp);Yv=[Xv,Ui],TU=[0,Rr,XL,8,0],vU=[0,Rr,oU,8,0],AU=[0,Rr,sU,8,0],CU=[3,Rr,QL,0,[gU,aU,pU],[[0,{[Kv]:hU}],[0,{[Kv]:lU}],
[()=>TU,{[mU]:SU}]],3],bU=[3,Rr,ZL,0,[fU],[[()=>PU,0]]],PU=[3,Rr,tU,0,[cU,yU,EU,uU],[0,[()=>vU,0],[()=>AU,0],1]],Qv=[9,Rr,YL,{[dU]:["GET","/federation/credentia\
ls",200]},()=>CU,()=>bU]});var Zv,eA=p(()=>{he();wo();De();Hr();v();U();P();Bg();Wv();Pp();Zv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??qv,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
$v,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new Se,protocol:t?.protocol??eo,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:Yv,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??Qe,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var tA,rA=p(()=>{Ri();F();he();v();$();tt();P();Zr();eA();tA=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=Zv(t);ct(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??
ut,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:Ro.version}),maxAttempts:t?.
maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).
retryMode||Be},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.
userAgentAppId??_(Ut,s)}}});var oA,sA,nA=p(()=>{oA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},sA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var iA,aA=p(()=>{F();v();U();nA();iA=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),oA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),
sA(r))}});var un,Wg=p(()=>{F();De();v();$();j();U();tt();Q();Bg();Gg();rA();aA();un=class extends Re{config;constructor(...[e]){let r=tA(e||{});super(r),this.initConfig=r;
let o=Uv(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=qt(a),l=Lv(c),u=iA(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use(
$t(this.config)),this.middlewareStack.use(Kt(this.config)),this.middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.
use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:kv,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}}});var cA,pA,lA,uA=p(()=>{v();j();Gg();cA=Rt(Fv,"SWBPortalService","SSOClient",Wt),pA={},lA=(t,e,r,o)=>[]});var dn,Kg=p(()=>{uA();Pp();dn=class extends cA(pA,lA,"GetRoleCredentials",Qv){}});var OU,Jg,dA=p(()=>{v();Kg();Wg();OU={GetRoleCredentialsCommand:dn},Jg=class extends un{};Xr(OU,Jg)});var mA=p(()=>{Kg()});var fA=p(()=>{});var gA=p(()=>{Wg();dA();mA();Pp();qg();fA()});var hA={};ir(hA,{GetRoleCredentialsCommand:()=>dn,SSOClient:()=>un});var yA=p(()=>{gA()});var Fi,Xg,EA=p(()=>{F();Nv();$();Fi=!1,Xg=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:s,ssoClient:n,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:u,configFilepath:d,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let Vt=await Hg({profile:l,filepath:u,configFilepath:d,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:Vt.token,expiresAt:new Date(Vt.expiration).toISOString()}}catch(Vt){throw new w(Vt.message,{tryNextLink:Fi,logger:f})}else try{g=await Fn(t)}catch{
throw new w(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:Fi,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new w(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:Fi,logger:f});let{accessToken:h}=g,{SSOClient:E,GetRoleCredentialsCommand:S}=await Promise.resolve().then(()=>(yA(),hA)),
T=n||new E(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
R;try{R=await T.send(new S({accountId:r,roleName:s,accessToken:h}))}catch(Vt){throw new w(Vt,{tryNextLink:Fi,logger:f})}let{roleCredentials:{accessKeyId:I,secretAccessKey:M,
sessionToken:oe,expiration:gr,credentialScope:Dr,accountId:me}={}}=R;if(!I||!M||!oe||!gr)throw new w("SSO returns an invalid temporary credential.",{tryNextLink:Fi,
logger:f});let ke={accessKeyId:I,secretAccessKey:M,sessionToken:oe,expiration:new Date(gr),...Dr&&{credentialScope:Dr},...me&&{accountId:me}};return e?B(ke,"CRE\
DENTIALS_SSO","s"):B(ke,"CREDENTIALS_SSO_LEGACY","u"),ke}});var Op,Yg=p(()=>{$();Op=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:s,sso_role_name:n}=t;if(!r||!o||!s||!n)throw new w(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var SA,xA=p(()=>{$();wg();EA();Yg();SA=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:s,ssoRoleName:n,ssoSession:i}=t,{ssoClient:a}=t,c=mt({profile:t.profile??e?.profile});if(!r&&!o&&!s&&!n&&!i){let u=(await Ir(t))[c];if(!u)
throw new w(`Profile ${c} was not found.`,{logger:t.logger});if(!ap(u))throw new w(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(u?.
sso_session){let E=(await Gn(t))[u.sso_session],S=` configurations in profile ${c} and sso-session ${u.sso_session}`;if(s&&s!==E.sso_region)throw new w("Conflic\
ting SSO region"+S,{tryNextLink:!1,logger:t.logger});if(r&&r!==E.sso_start_url)throw new w("Conflicting SSO start_url"+S,{tryNextLink:!1,logger:t.logger});u.sso_region=
E.sso_region,u.sso_start_url=E.sso_start_url}let{sso_start_url:d,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=Op(u,t.logger);return Xg({ssoStartUrl:d,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!s||!n)throw new w('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Xg({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:s,ssoRoleName:n,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Qg={};ir(Qg,{fromSSO:()=>SA,isSsoProfile:()=>ap,validateSsoProfile:()=>Op});var Zg=p(()=>{xA();wg();Yg()});var RA,eh,_A=p(()=>{F();$();RA=(t,e,r)=>{let o={EcsContainer:async s=>{let{fromHttp:n}=await Promise.resolve().then(()=>(_g(),Rg)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(sp(),op));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>zo(n(s??{}),i(s))().then(eh)},Ec2InstanceMetadata:async s=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:n}=await Promise.resolve().then(()=>(sp(),op));return async()=>n(
s)().then(eh)},Environment:async s=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:n}=await Promise.resolve().then(()=>(lg(),gI));
return async()=>n(s)().then(eh)}};if(t in o)return o[t];throw new w(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},eh=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var fn,us,Mi,wA,OA,Hi,je,th,IA,TA,vA,AA,CA,Ve,rh,mn,bA,PA,DU,X,NU,DA,NA=p(()=>{j();fn="ref",us=-1,Mi=!0,wA="isSet",OA="PartitionResult",Hi="booleanEquals",je="s\
tringEquals",th="getAttr",IA="us-east-1",TA="sigv4",vA="sts",AA="https://sts.{Region}.{PartitionResult#dnsSuffix}",CA={[fn]:"Endpoint"},Ve={[fn]:"Region"},rh={[fn]:OA},
mn={},bA=[Ve],PA={conditions:[[wA,[CA]],[wA,bA],["aws.partition",bA,OA],[Hi,[{[fn]:"UseFIPS"},Mi]],[Hi,[{[fn]:"UseDualStack"},Mi]],[je,[Ve,"aws-global"]],[Hi,[{
[fn]:"UseGlobalEndpoint"},Mi]],[je,[Ve,"eu-central-1"]],[Hi,[{fn:th,argv:[rh,"supportsDualStack"]},Mi]],[Hi,[{fn:th,argv:[rh,"supportsFIPS"]},Mi]],[je,[Ve,"ap-s\
outh-1"]],[je,[Ve,"eu-north-1"]],[je,[Ve,"eu-west-1"]],[je,[Ve,"eu-west-2"]],[je,[Ve,"eu-west-3"]],[je,[Ve,"sa-east-1"]],[je,[Ve,IA]],[je,[Ve,"us-east-2"]],[je,
[Ve,"us-west-2"]],[je,[Ve,"us-west-1"]],[je,[Ve,"ca-central-1"]],[je,[Ve,"ap-southeast-1"]],[je,[Ve,"ap-northeast-1"]],[je,[Ve,"ap-southeast-2"]],[je,[{fn:th,argv:[
rh,"name"]},"aws-us-gov"]]],results:[[us],["https://sts.amazonaws.com",{authSchemes:[{name:TA,signingName:vA,signingRegion:IA}]}],[AA,{authSchemes:[{name:TA,signingName:vA,
signingRegion:"{Region}"}]}],[us,"Invalid Configuration: FIPS and custom endpoint are not supported"],[us,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[CA,mn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],[us,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",mn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",mn],[us,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],[us,"DualStack is enabled but this partition does not support D\
ualStack"],[AA,mn],[us,"Invalid Configuration: Missing Region"]]},DU=2,X=1e8,NU=new Int32Array([-1,1,-1,0,30,3,1,4,X+14,2,5,X+14,3,25,6,4,24,7,5,X+1,8,6,9,X+13,
7,X+1,10,10,X+1,11,11,X+1,12,12,X+1,13,13,X+1,14,14,X+1,15,15,X+1,16,16,X+1,17,17,X+1,18,18,X+1,19,19,X+1,20,20,X+1,21,21,X+1,22,22,X+1,23,23,X+1,X+2,8,X+11,X+12,
4,28,26,9,27,X+10,24,X+8,X+9,8,29,X+7,9,X+6,X+7,3,X+3,31,4,X+4,X+5]),DA=Ue.from(NU,DU,PA.conditions,PA.results)});var kU,Dp,oh=p(()=>{F();j();NA();kU=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Dp=(t,e={})=>kU.get(t,()=>It(DA,
{endpointParams:t,logger:e.logger}));ve.aws=rt});function $A(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function sh(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function LA(t){return{schemeId:"smithy.api#noAuth"}}var $U,LU,kA,UU,FU,UA,FA,nh=p(()=>{he();fi();v();j();oh();$U=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let s=await t(e,r,o),n=te(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!n)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Fs(o,{getEndpointParameterInstructions:n},e);return Object.
assign(s,i)},LU=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),kA=$U(LU);UU=(t,e,r)=>s=>{let i=t(s).properties?.authSchemes;if(!i)return e(s);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(E=>{let S=E.
name.toLowerCase();return S!=="sigv4a"&&S.startsWith("sigv4")});if(Ar.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(s);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},FU=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(LA(t)),e.push(sh(t))):(e.push($A(t)),e.push(sh(t))),e},UA=UU(Dp,FU,{"aws.auth#sigv4":$A,"aws.auth#sigv4a":sh,"smithy.api#noA\
uth":LA}),FA=t=>{let e=Jt(t),r=Zs(e);return Object.assign(r,{authSchemePreference:V(t.authSchemePreference??[])})}});var MA,HA,ih=p(()=>{MA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),HA={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var Qt,Np=p(()=>{v();Qt=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Bi,Gi,zi,ji,Vi,qi,Wi,ah=p(()=>{Np();Bi=class t extends Qt{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="clie\
nt";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gi=class t extends Qt{static shapeId="co\
m.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zi=class t extends Qt{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="\
PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ji=class t extends Qt{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"Regi\
onDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vi=class t extends Qt{static shapeId="com.amazonaws.sts#IDPRejectedClaimEx\
ception";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},qi=class t extends Qt{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){
super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wi=class t extends Qt{static shapeId="com.amazonaws\
.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}}});var MU,HU,BU,GU,zU,jU,ch,VU,qU,WU,KU,ph,JU,BA,XU,YU,QU,ZU,eF,tF,rF,oF,GA,zA,jA,sF,nF,iF,aF,cF,pF,VA,lF,uF,qA,dF,WA,mF,fF,lh,gF,hF,KA,JA,yF,EF,SF,xF,RF,_F,wF,IF,
ds,ms,TF,fs,gs,hs,vF,XA,AF,ie,YA,QA,To,ZA,eC,tC,rC,oC,sC,nC,uh,CF,bF,dh,iC,aC,cC,pC,mh,lC,uC,dC,mC,PF,OF,fh,gh,Ki=p(()=>{Q();ah();Np();MU="Arn",HU="AccessKeyId",
BU="AssumeRole",GU="AssumedRoleId",zU="AssumeRoleRequest",jU="AssumeRoleResponse",ch="AssumedRoleUser",VU="AssumeRoleWithWebIdentity",qU="AssumeRoleWithWebIdent\
ityRequest",WU="AssumeRoleWithWebIdentityResponse",KU="Audience",ph="Credentials",JU="ContextAssertion",BA="DurationSeconds",XU="Expiration",YU="ExternalId",QU=
"ExpiredTokenException",ZU="IDPCommunicationErrorException",eF="IDPRejectedClaimException",tF="InvalidIdentityTokenException",rF="Key",oF="MalformedPolicyDocume\
ntException",GA="MinimumSessionTokenSize",zA="Policy",jA="PolicyArns",sF="ProviderArn",nF="ProvidedContexts",iF="ProvidedContextsListType",aF="ProvidedContext",
cF="PolicyDescriptorType",pF="ProviderId",VA="PackedPolicySize",lF="PackedPolicyTooLargeException",uF="Provider",qA="RoleArn",dF="RegionDisabledException",WA="R\
oleSessionName",mF="SecretAccessKey",fF="SubjectFromWebIdentityToken",lh="SourceIdentity",gF="SerialNumber",hF="SessionToken",KA="SessionTokenSize",JA="SessionT\
okenUtilization",yF="Tags",EF="TokenCode",SF="TransitiveTagKeys",xF="Tag",RF="Value",_F="WebIdentityToken",wF="arn",IF="accessKeySecretType",ds="awsQueryError",
ms="client",TF="clientTokenType",fs="error",gs="httpError",hs="message",vF="policyDescriptorListType",XA="smithy.ts.sdk.synthetic.com.amazonaws.sts",AF="tagList\
Type",ie="com.amazonaws.sts",YA=new K(XA),QA=[-3,XA,"STSServiceException",0,[],[]];YA.registerError(QA,Qt);To=new K(ie),ZA=[-3,ie,QU,{[ds]:["ExpiredTokenExcepti\
on",400],[fs]:ms,[gs]:400},[hs],[0]];To.registerError(ZA,Bi);eC=[-3,ie,ZU,{[ds]:["IDPCommunicationError",400],[fs]:ms,[gs]:400},[hs],[0]];To.registerError(eC,Wi);
tC=[-3,ie,eF,{[ds]:["IDPRejectedClaim",403],[fs]:ms,[gs]:403},[hs],[0]];To.registerError(tC,Vi);rC=[-3,ie,tF,{[ds]:["InvalidIdentityToken",400],[fs]:ms,[gs]:400},
[hs],[0]];To.registerError(rC,qi);oC=[-3,ie,oF,{[ds]:["MalformedPolicyDocument",400],[fs]:ms,[gs]:400},[hs],[0]];To.registerError(oC,Gi);sC=[-3,ie,lF,{[ds]:["Pa\
ckedPolicyTooLarge",400],[fs]:ms,[gs]:400},[hs],[0]];To.registerError(sC,zi);nC=[-3,ie,dF,{[ds]:["RegionDisabledException",403],[fs]:ms,[gs]:403},[hs],[0]];To.registerError(
nC,ji);uh=[YA,To],CF=[0,ie,IF,8,0],bF=[0,ie,TF,8,0],dh=[3,ie,ch,0,[GU,MU],[0,0],2],iC=[3,ie,zU,0,[qA,WA,jA,zA,BA,yF,SF,YU,gF,EF,lh,nF,GA],[0,0,()=>mC,0,1,()=>OF,
64,0,0,0,0,()=>PF,1],2],aC=[3,ie,jU,0,[ph,ch,VA,lh,JA,KA],[[()=>mh,0],()=>dh,1,0,1,1]],cC=[3,ie,qU,0,[qA,WA,_F,pF,jA,zA,BA,GA],[0,0,[()=>bF,0],0,()=>mC,0,1,1],3],
pC=[3,ie,WU,0,[ph,fF,ch,VA,uF,KU,lh,JA,KA],[[()=>mh,0],0,()=>dh,1,0,0,0,1,1]],mh=[3,ie,ph,0,[HU,mF,hF,XU],[0,[()=>CF,0],0,4],4],lC=[3,ie,cF,0,[wF],[0]],uC=[3,ie,
aF,0,[sF,JU],[0,0]],dC=[3,ie,xF,0,[rF,RF],[0,0],2],mC=[1,ie,vF,0,()=>lC],PF=[1,ie,iF,0,()=>uC],OF=[1,ie,AF,0,()=>dC],fh=[9,ie,BU,0,()=>iC,()=>aC],gh=[9,ie,VU,0,
()=>cC,()=>pC]});var fC,gC=p(()=>{he();wo();fi();De();Hr();v();U();P();nh();oh();Ki();fC=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Dp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
UA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new Sr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new Se,protocol:t?.protocol??cs,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:uh,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??Qe,signerConstructor:t?.signerConstructor??Ar,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,
utf8Encoder:t?.utf8Encoder??Z})});var hC,yC=p(()=>{Ri();F();he();De();v();$();tt();P();Zr();gC();hC=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=fC(t);ct(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??
ut,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:Ro.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ne},{schemeId:"aws.auth#sigv4a",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4a"),signer:new Sr},{schemeId:"smithy.api#noAuth",identityProvider:n=>n.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],maxAttempts:t?.maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).retryMode||Be},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
en,s),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.
userAgentAppId??_(Ut,s)}}});var EC,SC,xC=p(()=>{EC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},SC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var RC,_C=p(()=>{F();v();U();xC();RC=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),EC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),
SC(r))}});var vo,kp=p(()=>{F();De();v();$();j();U();tt();Q();nh();ih();yC();_C();vo=class extends Re{config;constructor(...[e]){let r=hC(e||{});super(r),this.initConfig=r;
let o=MA(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=qt(a),l=FA(c),u=RC(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use(
$t(this.config)),this.middlewareStack.use(Kt(this.config)),this.middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.
use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:kA,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}}});var $p,Lp,Up,hh=p(()=>{v();j();ih();$p=Rt(HA,"AWSSecurityTokenServiceV20110615","STSClient",Wt),Lp={},Up=(t,e,r,o)=>[]});var ys,Fp=p(()=>{hh();Ki();ys=class extends $p(Lp,Up,"AssumeRole",fh){}});var Es,Mp=p(()=>{hh();Ki();Es=class extends $p(Lp,Up,"AssumeRoleWithWebIdentity",gh){}});var DF,Hp,wC=p(()=>{v();Fp();Mp();kp();DF={AssumeRoleCommand:ys,AssumeRoleWithWebIdentityCommand:Es},Hp=class extends vo{};Xr(DF,Hp)});var IC=p(()=>{Fp();Mp()});var TC=p(()=>{});var vC,AC,CC,bC,PC,OC=p(()=>{F();Fp();Mp();vC=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},AC=async(t,e,r,o={})=>{
let s=typeof t=="function"?await t():t,n=typeof e=="function"?await e():e,i="",a=s??n??(i=await Hf(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${s} (credential provider clientConfig)`,`${n} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},CC=
(t,e)=>{let r,o;return async(s,n)=>{if(o=s,!r){let{logger:u=t?.parentClientConfig?.logger,profile:d=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await AC(m,t?.parentClientConfig?.region,
g,{logger:u,profile:d}),E=!PC(f);r=new e({...t,userAgentAppId:y,profile:d,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:E?f:void 0,logger:u})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new ys(n));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${n.RoleArn}`);let c=vC(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},bC=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:u,requestHandler:d=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await AC(u,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!PC(d);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?d:void 0,logger:c})}let{Credentials:s,AssumedRoleUser:n}=await r.send(new Es(o));if(!s||!s.AccessKeyId||!s.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=vC(n),a={accessKeyId:s.AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.
SessionToken,expiration:s.Expiration,...s.CredentialScope&&{credentialScope:s.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},PC=t=>t?.metadata?.handlerProtocol==="h2"});var DC,NC,kC,NF,$C=p(()=>{OC();kp();DC=(t,e)=>e?class extends t{constructor(o){super(o);for(let s of e)this.middlewareStack.use(s)}}:t,NC=(t={},e)=>CC(t,DC(vo,e)),
kC=(t={},e)=>bC(t,DC(vo,e)),NF=t=>e=>t({roleAssumer:NC(e),roleAssumerWithWebIdentity:kC(e),...e})});var yh={};ir(yh,{$Command:()=>Er,AssumeRole$:()=>fh,AssumeRoleCommand:()=>ys,AssumeRoleRequest$:()=>iC,AssumeRoleResponse$:()=>aC,AssumeRoleWithWebIdentity$:()=>gh,
AssumeRoleWithWebIdentityCommand:()=>Es,AssumeRoleWithWebIdentityRequest$:()=>cC,AssumeRoleWithWebIdentityResponse$:()=>pC,AssumedRoleUser$:()=>dh,Credentials$:()=>mh,
ExpiredTokenException:()=>Bi,ExpiredTokenException$:()=>ZA,IDPCommunicationErrorException:()=>Wi,IDPCommunicationErrorException$:()=>eC,IDPRejectedClaimException:()=>Vi,
IDPRejectedClaimException$:()=>tC,InvalidIdentityTokenException:()=>qi,InvalidIdentityTokenException$:()=>rC,MalformedPolicyDocumentException:()=>Gi,MalformedPolicyDocumentException$:()=>oC,
PackedPolicyTooLargeException:()=>zi,PackedPolicyTooLargeException$:()=>sC,PolicyDescriptorType$:()=>lC,ProvidedContext$:()=>uC,RegionDisabledException:()=>ji,RegionDisabledException$:()=>nC,
STS:()=>Hp,STSClient:()=>vo,STSServiceException:()=>Qt,STSServiceException$:()=>QA,Tag$:()=>dC,__Client:()=>Re,decorateDefaultCredentialProvider:()=>NF,errorTypeRegistries:()=>uh,
getDefaultRoleAssumer:()=>NC,getDefaultRoleAssumerWithWebIdentity:()=>kC});var Eh=p(()=>{kp();wC();IC();v();Ki();ah();TC();$C();Np()});var UC,kF,$F,FC,LC,MC=p(()=>{F();$();_A();UC=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(kF(t,{
profile:e,logger:r})||$F(t,{profile:e,logger:r})),kF=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},$F=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},FC=async(t,e,r,o,s={},n)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:u}=await Promise.resolve().then(()=>(Eh(),yh));
r.roleAssumer=u({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in s)throw new w(`Detected a cycle attempting to resolve credentials for profile ${mt(r)}. Profiles visited: `+Object.keys(
s).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?n(a,e,r,o,{...s,[a]:!0},LC(e[a]??{})):(await RA(i.credential_source,t,r.logger)(r))();if(LC(i))return l.then(u=>B(u,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let u={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:d}=i;if(d){if(!r.mfaCodeProvider)throw new w(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});u.SerialNumber=d,u.TokenCode=await r.mfaCodeProvider(d)}let m=await l;return r.roleAssumer(m,u).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},LC=t=>!t.role_arn&&!!t.credential_source});function LF(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function UF(t){return{schemeId:"smithy.api#noAuth"}}var HC,BC,GC,Sh=p(()=>{he();v();HC=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});BC=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(UF(t)):e.push(LF(
t)),e},GC=t=>{let e=Jt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var zC,jC,xh=p(()=>{zC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),jC=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var bo,Ao,VC,gn,qC,hn,WC,_h,ro,Rh,KC,JC,Co,ZC,XC,Bp,st,YC,QC,FF,G,MF,eb,tb=p(()=>{j();bo="ref",Ao=-1,VC=!1,gn=!0,qC="isSet",hn="booleanEquals",WC="coalesce",_h=
"PartitionResult",ro="stringEquals",Rh="getAttr",KC="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",JC={[bo]:"Endpoint"},Co={fn:Rh,argv:[{[bo]:_h},
"name"]},ZC={[bo]:"Region"},XC={[bo]:_h},Bp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},st={},YC=[ZC],QC={conditions:[[qC,YC],[
hn,[{fn:WC,argv:[{[bo]:"IsControlPlane"},VC]},gn]],[qC,[JC]],["aws.partition",YC,_h],[hn,[{[bo]:"UseFIPS"},gn]],[ro,[Co,"aws"]],[hn,[{fn:WC,argv:[{[bo]:"IsOAuth\
Endpoint"},VC]},gn]],[hn,[{[bo]:"UseDualStack"},gn]],[ro,[Co,"aws-cn"]],[ro,[ZC,"us-gov-west-1"]],[ro,[Co,"aws-us-gov"]],[hn,[{fn:Rh,argv:[XC,"supportsFIPS"]},gn]],
[ro,[Co,"aws-iso"]],[ro,[Co,"aws-iso-b"]],[ro,[Co,"aws-iso-f"]],[ro,[Co,"aws-iso-e"]],[ro,[Co,"aws-eusc"]],[hn,[{fn:Rh,argv:[XC,"supportsDualStack"]},gn]]],results:[
[Ao],["https://signin.{Region}.api.aws",Bp],["https://signin.{Region}.api.amazonwebservices.com.cn",Bp],[KC,Bp],[Ao,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Bp],["https://{Region}.signin.aws.amazon.com",st],["https://{Regio\
n}.signin.amazonaws.cn",st],["https://{Region}.signin.amazonaws-us-gov.com",st],["https://{Region}.signin.c2shome.ic.gov",st],["https://{Region}.signin.sc2shome\
.sgov.gov",st],["https://{Region}.signin.csphome.hci.ic.gov",st],["https://{Region}.signin.csphome.adc-e.uk",st],["https://{Region}.signin.amazonaws-eusc.eu",st],
["https://signin-fips.amazonaws-us-gov.com",st],["https://{Region}.signin-fips.amazonaws-us-gov.com",st],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
st],[Ao,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Ao,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[JC,st],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",st],[Ao,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",st],[Ao,"FIPS is enabled but this partition does not support FIPS"],[KC,st],[Ao,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",st],[Ao,"Invalid Configuration: Missing Region"]]},FF=2,
G=1e8,MF=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,G+27,6,G+4,G+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,G+7,13,10,G+8,14,12,G+9,15,13,G+10,16,14,G+11,17,
15,G+12,18,16,G+13,G+16,6,G+5,20,7,21,G+6,17,G+24,G+25,6,G+4,23,7,27,24,9,G+14,25,10,G+15,26,11,G+22,G+23,11,28,G+21,17,G+20,G+21,2,35,30,3,39,31,4,32,G+27,6,G+
4,33,7,G+27,34,9,G+14,G+27,3,39,36,4,38,37,7,G+18,G+19,6,G+4,G+17,5,G+1,40,8,G+2,G+3]),eb=Ue.from(MF,FF,QC.conditions,QC.results)});var HF,rb,ob=p(()=>{F();j();tb();HF=new Fe({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),rb=(t,e={})=>HF.get(
t,()=>It(eb,{endpointParams:t,logger:e.logger}));ve.aws=rt});var Pr,Gp=p(()=>{v();Pr=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ji,Xi,Yi,Qi,wh=p(()=>{Gp();Ji=class t extends Pr{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Xi=class t extends Pr{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Yi=class t extends Pr{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},Qi=class t extends Pr{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var BF,GF,zF,jF,VF,qF,WF,KF,JF,XF,YF,QF,ZF,eM,tM,sb,Ih,rM,Ch,nb,ib,oM,Po,Th,sM,vh,nM,ub,bh,ab,qe,jp,iM,zp,cb,db,pb,lb,aM,cM,pM,Ah,lM,nt,mb,fb,Zi,gb,hb,yb,Eb,Ph,
uM,Sb,xb,Rb,_b,wb,Ib,Tb,vb,Oh,Dh,ea=p(()=>{Q();wh();Gp();BF="AccessDeniedException",GF="AccessToken",zF="CreateOAuth2Token",jF="CreateOAuth2TokenRequest",VF="Cr\
eateOAuth2TokenRequestBody",qF="CreateOAuth2TokenResponseBody",WF="CreateOAuth2TokenResponse",KF="CreateOAuth2TokenWithIAM",JF="CreateOAuth2TokenWithIAMRequest",
XF="CreateOAuth2TokenWithIAMResponse",YF="InternalServerException",QF="OAuthAccessToken",ZF="RefreshToken",eM="TooManyRequestsError",tM="ValidationException",sb=
"accessKeyId",Ih="accessToken",rM="access_token",Ch="client",nb="clientId",ib="codeVerifier",oM="code",Po="error",Th="expiresIn",sM="expires_in",vh="grantType",
nM="grant_type",ub="http",bh="httpError",ab="idToken",qe="jsonName",jp="message",iM="resource",zp="refreshToken",cb="redirectUri",db="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",pb="secretAccessKey",lb="sessionToken",aM="server",cM="tokenInput",pM="tokenOutput",Ah="tokenType",lM="token_type",nt="com.amazonaws.signin",
mb=new K(db),fb=[-3,db,"SigninServiceException",0,[],[]];mb.registerError(fb,Pr);Zi=new K(nt),gb=[-3,nt,BF,{[Po]:Ch},[Po,jp],[0,0],2];Zi.registerError(gb,Ji);hb=
[-3,nt,YF,{[Po]:aM,[bh]:500},[Po,jp],[0,0],2];Zi.registerError(hb,Xi);yb=[-3,nt,eM,{[Po]:Ch,[bh]:429},[Po,jp],[0,0],2];Zi.registerError(yb,Yi);Eb=[-3,nt,tM,{[Po]:Ch,
[bh]:400},[Po,jp],[0,0],2];Zi.registerError(Eb,Qi);Ph=[mb,Zi],uM=[0,nt,QF,8,0],Sb=[0,nt,ZF,8,0],xb=[3,nt,GF,8,[sb,pb,lb],[[0,{[qe]:sb}],[0,{[qe]:pb}],[0,{[qe]:lb}]],
3],Rb=[3,nt,jF,0,[cM],[[()=>_b,16]],1],_b=[3,nt,VF,0,[nb,vh,oM,cb,ib,zp],[[0,{[qe]:nb}],[0,{[qe]:vh}],0,[0,{[qe]:cb}],[0,{[qe]:ib}],[()=>Sb,{[qe]:zp}]],2],wb=[3,
nt,WF,0,[pM],[[()=>Ib,16]],1],Ib=[3,nt,qF,0,[Ih,Ah,Th,zp,ab],[[()=>xb,{[qe]:Ih}],[0,{[qe]:Ah}],[1,{[qe]:Th}],[()=>Sb,{[qe]:zp}],[0,{[qe]:ab}]],4],Tb=[3,nt,JF,0,
[vh,iM],[[0,{[qe]:nM}],0],2],vb=[3,nt,XF,0,[Ih,Ah,Th],[[()=>uM,{[qe]:rM}],[0,{[qe]:lM}],[1,{[qe]:sM}]],3],Oh=[9,nt,zF,{[ub]:["POST","/v1/token",200]},()=>Rb,()=>wb],
Dh=[9,nt,KF,{[ub]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>Tb,()=>vb]});var Ab,Cb=p(()=>{he();wo();De();Hr();v();U();P();Sh();ob();ea();Ab=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??rb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
BC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new Se,protocol:t?.protocol??eo,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:Ph,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??Qe,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var bb,Pb=p(()=>{Ri();F();he();v();$();tt();P();Zr();Cb();bb=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=Ab(t);ct(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??
ut,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:Ro.version}),maxAttempts:t?.
maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).
retryMode||Be},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.
userAgentAppId??_(Ut,s)}}});var Ob,Db,Nb=p(()=>{Ob=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},Db=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var kb,$b=p(()=>{F();v();U();Nb();kb=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),Ob(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),
Db(r))}});var ta,Nh=p(()=>{F();De();v();$();j();U();tt();Q();Sh();xh();Pb();$b();ta=class extends Re{config;constructor(...[e]){let r=bb(e||{});super(r),this.initConfig=r;
let o=zC(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=qt(a),l=GC(c),u=kb(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use(
$t(this.config)),this.middlewareStack.use(Kt(this.config)),this.middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.
use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:HC,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}}});var Vp,Lb,Ub,qp,kh=p(()=>{v();j();xh();Vp=Rt(jC,"Signin","SigninClient",Wt),Lb={IsControlPlane:{type:"staticContextParams",value:!1}},Ub={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},qp=(t,e,r,o)=>[]});var ra,$h=p(()=>{kh();ea();ra=class extends Vp(Lb,qp,"CreateOAuth2Token",Oh){}});var oa,Lh=p(()=>{kh();ea();oa=class extends Vp(Ub,qp,"CreateOAuth2TokenWithIAM",Dh){}});var dM,Wp,Fb=p(()=>{v();$h();Lh();Nh();dM={CreateOAuth2TokenCommand:ra,CreateOAuth2TokenWithIAMCommand:oa},Wp=class extends ta{};Xr(dM,Wp)});var Mb=p(()=>{$h();Lh()});var mM,Hb=p(()=>{mM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"\
rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"\
server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"}});var Bb=p(()=>{});var Gb={};ir(Gb,{$Command:()=>Er,AccessDeniedException:()=>Ji,AccessDeniedException$:()=>gb,AccessToken$:()=>xb,CreateOAuth2Token$:()=>Oh,CreateOAuth2TokenCommand:()=>ra,
CreateOAuth2TokenRequest$:()=>Rb,CreateOAuth2TokenRequestBody$:()=>_b,CreateOAuth2TokenResponse$:()=>wb,CreateOAuth2TokenResponseBody$:()=>Ib,CreateOAuth2TokenWithIAM$:()=>Dh,
CreateOAuth2TokenWithIAMCommand:()=>oa,CreateOAuth2TokenWithIAMRequest$:()=>Tb,CreateOAuth2TokenWithIAMResponse$:()=>vb,InternalServerException:()=>Xi,InternalServerException$:()=>hb,
OAuth2ErrorCode:()=>mM,Signin:()=>Wp,SigninClient:()=>ta,SigninServiceException:()=>Pr,SigninServiceException$:()=>fb,TooManyRequestsError:()=>Yi,TooManyRequestsError$:()=>yb,
ValidationException:()=>Qi,ValidationException$:()=>Eb,__Client:()=>Re,errorTypeRegistries:()=>Ph});var zb=p(()=>{Nh();Fb();Mb();v();ea();Hb();wh();Bb();Gp()});var Oo,Kp,jb,sa,Jp,Vb=p(()=>{$();U();Oo=require("node:crypto"),Kp=require("node:fs"),jb=require("node:os"),sa=require("node:path"),Jp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new w(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),s=new Date(r.accessToken.expiresAt).getTime(),n=new Date(
e.accessToken.expiresAt).getTime(),i=s<=o&&n>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(zb(),Gb)),{logger:u,userAgentAppId:d}=this.callerClientConfig??{},f=(S=>S?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:u,userAgentAppId:d,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let E={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let S=await h.send(new l(E)),{accessKeyId:T,secretAccessKey:R,
sessionToken:I}=S.tokenOutput?.accessToken??{},{refreshToken:M,expiresIn:oe}=S.tokenOutput??{};if(!T||!R||!I||!M)throw new w("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let gr=(oe??900)*1e3,Dr=new Date(Date.now()+gr),me={...i,accessToken:{...i.accessToken,accessKeyId:T,secretAccessKey:R,
sessionToken:I,expiresAt:Dr.toISOString()},refreshToken:M};return await this.saveToken(me),this.toCredentials(me.accessToken)}catch(S){if(S.name==="AccessDenied\
Exception"){let R=S.error,I;switch(R){case"TOKEN_EXPIRED":I="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":I="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":I="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:I=`Failed to refresh token: ${String(
S)}. Please re-authenticate using \`aws login\``}throw new w(I,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(S)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new w(`Failed to refresh tok\
en: ${String(S)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await Kp.promises.readFile(
e,"utf8"),o=JSON.parse(r),s=["accessToken","clientId","refreshToken","dpopKey"].filter(n=>!o[n]);if(o.accessToken?.accountId||s.push("accountId"),s.length>0)throw new w(
`Token validation failed, missing fields: ${s.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new w(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,sa.dirname)(r);try{await Kp.promises.mkdir(o,{recursive:!0})}catch{}
await Kp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,sa.join)((0,jb.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Oo.createHash)("sha256").update(r).digest("hex");return(0,sa.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],s=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let n=e[r++],i=e.subarray(r,r+n);s=s[0]===0?s.subarray(1):s,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-s.length),s]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(z.isInstance(o.request)){let s=o.request,n=`${s.protocol}//${s.
hostname}${s.port?`:${s.port}`:""}${s.path}`,i=await this.generateDpop(s.method,n);s.headers={...s.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let s=(0,Oo.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,Oo.createPublicKey)(s).export({format:"der",type:"spki"}),a=-1;for(let S=0;S<i.length;S++)if(i[S]===4){a=S;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),u={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},d={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(u)).toString("base64url"),f=Buffer.from(JSON.stringify(d)).toString("base64url"),g=`${m}.${f}`,y=(0,Oo.sign)(
"sha256",Buffer.from(g),s),E=this.derToRawSignature(y).toString("base64url");return`${g}.${E}`}catch(s){throw new w(`Failed to generate Dpop proof: ${s instanceof
Error?s.message:String(s)}`,{logger:this.logger,tryNextLink:!1})}}}});var qb,Wb=p(()=>{F();$();Vb();qb=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Ir(
t||{}),o=mt({profile:t?.profile??e?.profile}),s=r[o];if(!s?.login_session)throw new w(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new Jp(s,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var Kb={};ir(Kb,{fromLoginCredentials:()=>qb});var Jb=p(()=>{Wb()});var Xb,Yb,Qb=p(()=>{F();Xb=t=>!!(t&&t.login_session),Yb=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(Jb(),Kb)),s=await o({...e,profile:t})(
{callerClientConfig:r});return B(s,"CREDENTIALS_PROFILE_LOGIN","AC")}});var Zb,eP=p(()=>{F();Zb=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let n=new Date;if(new Date(e.Expiration)<n)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let s={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(s,"CREDENTIALS_PROCESS","w"),s}});var tP,rP,oP,sP=p(()=>{$();tP=require("node:child_process"),rP=require("node:util");eP();oP=async(t,e,r)=>{let o=e[t];if(e[t]){let s=o.credential_process;if(s!==
void 0){let n=(0,rP.promisify)(zn?.getTokenRecord?.().exec??tP.exec);try{let{stdout:i}=await n(s),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return Zb(t,a,e)}catch(i){throw new w(i.message,{logger:r})}}else throw new w(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new w(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var nP,iP=p(()=>{$();sP();nP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Ir(t);
return oP(mt({profile:t.profile??e?.profile}),r,t.logger)}});var Uh={};ir(Uh,{fromProcess:()=>nP});var Fh=p(()=>{iP()});var aP,cP,pP=p(()=>{F();aP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",cP=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(Fh(),Uh)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var lP,uP,dP=p(()=>{F();lP=async(t,e,r={},o)=>{let{fromSSO:s}=await Promise.resolve().then(()=>(Zg(),Qg));return s({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(n=>e.sso_session?B(n,"CREDENTIALS_PROFILE_SSO","r"):B(n,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},uP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Mh,Hh,mP=p(()=>{F();Mh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,Hh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var Xp,Bh=p(()=>{Xp=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:s,
providerId:n,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:u}=await Promise.resolve().then(()=>(Eh(),yh));
l=u({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:s,ProviderId:n,PolicyArns:i,Policy:a,DurationSeconds:c})}});var gP,fP,fM,gM,hP,yP=p(()=>{F();$();gP=require("node:fs");Bh();fP="AWS_WEB_IDENTITY_TOKEN_FILE",fM="AWS_ROLE_ARN",gM="AWS_ROLE_SESSION_NAME",hP=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[fP],o=t?.roleArn??process.env[fM],s=t?.roleSessionName??
process.env[gM];if(!r||!o)throw new w("Web identity configuration not specified",{logger:t.logger});let n=await Xp({...t,webIdentityToken:zn?.getTokenRecord?.()[r]??
(0,gP.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:s})(e);return r===process.env[fP]&&B(n,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),n}});var Gh={};ir(Gh,{fromTokenFile:()=>hP,fromWebToken:()=>Xp});var zh=p(()=>{yP();Bh()});var EP,SP,xP=p(()=>{F();EP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,SP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(zh(),Gh)),s=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(s,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var jh,RP=p(()=>{$();MC();Qb();pP();dP();mP();xP();jh=async(t,e,r,o,s={},n=!1)=>{let i=e[t];if(Object.keys(s).length>0&&Mh(i))return Hh(i,r);if(n||UC(i,{profile:t,
logger:r.logger}))return FC(t,e,r,o,s,jh);if(Mh(i))return Hh(i,r);if(EP(i))return SP(i,r,o);if(aP(i))return cP(r,t);if(uP(i))return await lP(t,i,r,o);if(Xb(i))return Yb(
t,r,o);throw new w(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var _P,wP=p(()=>{$();RP();_P=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Ir(t);return jh(
mt({profile:t.profile??e?.profile}),r,t,e)}});var IP={};ir(IP,{fromIni:()=>_P});var TP=p(()=>{wP()});var pd=require("node:fs"),Lo=require("node:os");function wn(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((s,n)=>{let i=o(r,{method:e.method??
"GET",headers:e.headers,agent:!1,signal:e.signal,timeout:e.timeoutMs},a=>{let c=[];a.on("data",l=>c.push(l)),a.on("error",n),a.on("end",()=>s({status:a.statusCode??
0,text:Buffer.concat(c).toString("utf8"),headers:a.headers}))});if(e.connectTimeoutMs!==void 0){let a=e.connectTimeoutMs;i.on("socket",c=>{let l=setTimeout(()=>i.
destroy(new Error(`no connection within ${a} ms`)),a);c.once("connect",()=>clearTimeout(l)),c.once("close",()=>clearTimeout(l))})}i.on("timeout",()=>i.destroy(new Error(
`no answer within ${e.timeoutMs} ms`))),i.on("error",n),i.end(e.body)})}var xN=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A");function In(t,e=""){process.stdout.write(`::${t}::${xN(e)}${Lo.EOL}`)}function ua(t){return(process.
env[`INPUT_${t.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function ly(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set:\
 not running in a GitHub Actions step`);let s=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(s)||r.includes(s))throw new Error(`value of ${e} contains the \
delimiter`);(0,pd.appendFileSync)(o,`${e}<<${s}${Lo.EOL}${r}${Lo.EOL}${s}${Lo.EOL}`,"utf8")}var Ts=(t,e)=>ly("OUTPUT",t,e),da=(t,e)=>ly("STATE",t,e),ld=t=>process.
env[`STATE_${t}`]??"",ma=t=>In("add-mask",t),fa=t=>{process.stdout.write(`${t}${Lo.EOL}`)},uy=t=>In("warning",t),RN=t=>In("error",t);function dy(t){process.exitCode=
1,RN(t)}async function my(t,e){In("group",t);try{return await e()}finally{In("endgroup")}}function ud(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,pd.appendFileSync)(
e,`${t}${Lo.EOL}`,"utf8")}var _N=4,wN=1e4;async function dd(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||
!r)throw new Error("ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let s=1;;s++){
let n;try{let i=await wn(o,{headers:{Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:wN});if(i.status===200){let a=IN(i.text);if(!a)throw new Error(
"the token service answered without a token");return ma(a),a}if(n=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${n}`)}catch(i){
if(i.message.startsWith("the token service"))throw i;n=i.message}if(s>=_N)throw new Error(`the token service did not answer after ${s} attempts (${n})`);await new Promise(
i=>setTimeout(i,500*2**(s-1)))}}function IN(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var Ry=require("node:child_process"),_y=require("node:fs");var L=class extends Error{constructor(r,o,s){super(`${r}: ${Tn(o)} ${s}`);this.option=r;this.rule=s;this.name="InputError"}option;rule;exitCode=2},no=class extends Error{constructor(r,o,s){
super(r,s);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},ar=class extends no{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},hr=class extends no{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},xe=class extends no{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},ga=class extends no{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},cr=class extends no{constructor(e,r){
super(e,r),this.name="DockerError"}},vN=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function Tn(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(vN,s=>`\\u${s.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function ha(t){return t instanceof L?{message:t.message,exitCode:2}:t instanceof no?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var Vr=require("node:fs");var AN=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,CN=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,bN=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,PN=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
ON=/^[\w+=,.@-]{2,64}$/,DN=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
NN=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,kN=/^[A-Za-z_][A-Za-z0-9_]*=/,$N=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,LN=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
UN=/^[0-9a-f]{40}$/,FN=/^\d{12}$/,MN=/^[\x21-\x7e]{1,256}$/,HN=4096,BN=65536,GN=100,be=(t,e)=>r=>t.test(r)?void 0:e,Ke={repository:t=>t.length>=2&&t.length<=256&&
AN.test(t)?void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:be(
bN,"is not an AWS region name like `eu-west-1`"),tag:be(CN,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:be(UN,"is not a full commi\
t SHA (40 hex characters)"),sessionName:be(ON,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:be(FN,"is not an AWS account id (1\
2 digits)"),audience:be(MN,"is not a valid audience: 1\u2013256 printable characters, no spaces")};function Fo(t,e,r){if(r)throw new L(t,e,r)}var yr=(t,e=r=>r)=>({
type:"string",parse:(r,o)=>{let s=e(r);return t&&Fo(o,s,t(s)),s}}),Nr={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))
return!1;throw new L(e,t,"is not a boolean: use true or false")}},fy=(t,e)=>({type:"integer",parse:(r,o)=>{let s=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(s>=t&&s<=
e))throw new L(o,r,`is not a whole number from ${t} to ${e}`);return s}}),Uo=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(s=>s.toUpperCase()===e.toUpperCase());
if(o===void 0)throw new L(r,e,`is not one of ${t.join(", ")}`);return o}}),fd=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,s)=>{let n=o.split(e?/[\n,]/:
/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of n)Fo(s,i,t(i));if(n.length>r)throw new L(s,o,`lists more than ${r} entries`);return[...new Set(
n)]}}),vn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function Ea(t,e){if(!(0,Vr.existsSync)(e)||!(0,Vr.statSync)(e).isFile())throw new L(t,e,"is not a readabl\
e file")}function gy(t,e){Ea(t,e);try{JSON.parse((0,Vr.readFileSync)(e,"utf8"))}catch{throw new L(t,e,"does not contain valid JSON")}}var zN=t=>t.split(",").every(
e=>NN.test(e.trim()))?void 0:"is not a comma-separated list of `os/arch[/variant]`",gd="sts.amazonaws.com",hy=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,
jN=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,ya="public.ecr.aws/",VN={type:"list",parse:(t,e)=>fd(be(hy,"is not an ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).
parse(t,e).map(r=>{let[,o,s]=hy.exec(r);return s?{id:o,region:s}:{id:o}})},md=t=>({type:"string",parse:(e,r)=>{let o=e.startsWith("file://")?e.slice(7):void 0;o!==
void 0&&Ea(r,o);let s=o!==void 0?(0,Vr.readFileSync)(o,"utf8"):e;if(s.length>t)throw new L(r,e,`is longer than ECR Public's limit of ${t} characters`);return s}});
function io(t){return t.startsWith(ya)?t.slice(ya.length).split("/").slice(1).join("/"):t}function qN(t){if(t.repository.startsWith(ya)&&(Fo("repository",t.repository,
/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.repository.slice(ya.length))?Ke.repository(io(t.repository)):"is not `public.ecr.aws/<alias>/<name>`"),t.registryType="publi\
c"),t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new L("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle\
 policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])
if(r!==void 0)throw new L(e,r,"applies to ECR Public only: set `registry-type: public`")}if(t.mode==="deliver"&&t.dockerCredentialsOutput)throw new L("docker-cr\
edentials-output","true","applies to `mode: login` only")}function yy(t){let e=jr("mode",t("mode")),r=jr("docker-credentials-output",t("docker-credentials-outpu\
t"));if(e==="deliver"&&r)throw new L("docker-credentials-output","true","applies to `mode: login` only");return{mode:e,skipLogout:jr("skip-logout",t("skip-logou\
t")),dockerCredentialsOutput:r}}var Ey=[{name:"repository",field:"repository",...yr(Ke.repository),required:!0,description:"ECR repository name, e.g. `team/api`\
. Validated against ECR's naming rule before any AWS call."},{name:"aws-region",field:"awsRegion",...yr(Ke.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_\
REGION`",description:"Region of the registry."},{name:"role-to-assume",field:"roleToAssume",...yr(be(PN,"is not an IAM role ARN like `arn:aws:iam::123456789012:\
role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token\
."},{name:"audience",field:"audience",...yr(Ke.audience),default:gd,description:"Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},
{name:"web-identity-token-file",field:"webIdentityTokenFile",...vn(Ea),defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other t\
han GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...yr(Ke.sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run \
id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},{name:"role-duration-seconds",field:"roleDurationSeconds",...fy(900,43200),
default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{name:"registry-id",field:"registryId",...yr(Ke.account),defaultText:"\
the caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes."},{name:"create-repository",field:"createRepository",
...Nr,default:"true",description:"Create the repository when it is missing."},{name:"image-tag-mutability",field:"imageTagMutability",...Uo("MUTABLE","IMMUTABLE",
"IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `ta\
gs` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...Nr,default:"true",description:"Scan on push, for a created repository."},{name:"encryption-type",
field:"encryptionType",...Uo("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-\
key",field:"kmsKey",...yr(be(DN,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`."},{name:"\
lifecycle-policy",field:"lifecyclePolicy",...vn(gy),description:"Path to a lifecycle policy JSON file, applied to the repository."},{name:"repository-policy",field:"\
repositoryPolicy",...vn(gy),description:"Path to a repository policy JSON file, applied to the repository."},{name:"context",field:"context",...vn(),default:".",
description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...vn(),defaultText:"`Dockerfile` in the context",description:"Dockerfile path."},
{name:"build-args",field:"buildArgs",...fd(be(kN,"is not `KEY=VALUE` with KEY made of letters, digits and `_`")),description:"Build arguments, newline-separated\
 `KEY=VALUE`."},{name:"target",field:"target",...yr(be($N,"is not a build stage name")),description:"Build stage to build."},{name:"platform",field:"platform",...yr(
zN),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"cache",field:"cache",...Nr,default:"false",description:"BuildKit regi\
stry cache kept in the same ECR repository (needs buildx)."},{name:"provenance",field:"provenance",...Nr,default:"false",description:"BuildKit provenance/SBOM a\
ttestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"image",...yr(
be(LN,"is not a local image reference like `name:tag` or an image id")),description:"Push this existing local image instead of building."},{name:"commit-sha",field:"\
commitSha",...yr(Ke.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"\
Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...fd(Ke.tag,{commas:!0,max:GN}),description:"Extra tags, newline- or comma\
-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...Nr,default:"false",description:"When the SHA tag already exist\
s in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...Nr,default:"true",description:"\
Push to ECR; `false` builds and tags only (pull-request builds)."},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...yr(be(jN,"is not an environment\
 variable name (letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no toke\
n file needed)."},{name:"pull-registries",field:"pullRegistries",...VN,description:"Other ECR registries docker is logged in to before the build, so `FROM` and \
cache pulls can read them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated."},{name:"registry-type",field:"registryType",
...Uo("private","public"),default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.e\
cr.aws/<alias>/<name>`)."},{name:"catalog-description",field:"catalogDescription",...md(1024),description:"ECR Public: short description of a created repository\
 (text, or `file://PATH`)."},{name:"catalog-about",field:"catalogAbout",...md(25600),description:'ECR Public: "About" text (markdown) of a created repository (t\
ext, or `file://PATH`).'},{name:"catalog-usage",field:"catalogUsage",...md(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text\
, or `file://PATH`).'},{name:"mode",field:"mode",...Uo("deliver","login"),default:"deliver",githubOnly:!0,description:"GitHub Action only: `deliver`, or `login`\
: credentials and docker login to the registry and every `pull-registries` id, in the job's docker config, for later docker steps (like the orb's `ecr/login` an\
d the CLI's `login`)."},{name:"docker-credentials-output",field:"dockerCredentialsOutput",...Nr,default:"false",githubOnly:!0,description:"GitHub Action, `login\
` mode: set masked outputs `docker-username` and `docker-password` for a later job's `services:` credentials (they are secrets: see the README)."},{name:"skip-l\
ogout",field:"skipLogout",...Nr,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: keep the docker login after the job (the post step does \
not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"timeoutSeconds",...fy(1,86400),default:"3600",description:"Upper bound on the whole r\
un (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at mos\
t 30 s."}],hd=Ey,Sa=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-name","role-duration-seconds","registry-id","web-identity-\
token-env","pull-registries","registry-type"];var qr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."}];function Mo(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function Sy(t){return Object.
fromEntries(qr.map(({name:e})=>[e,Mo(t,e)]))}var xa=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`;function xy(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),s=r?BN:HN;if(o.length>s)throw new L(t.name,o,`is longer than ${s} char\
acters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new L(t.name,o,"contains control characters");return o}function jr(t,e){let r=Ey.
find(s=>s.name===t),o=xy(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function vs(t,e="deliver"){let r={};for(let s of hd){let n=xy(s,t(s.name))??s.default;
if(n!==void 0)r[s.field]=s.parse(n,s.name);else if(s.type==="list")r[s.field]=[];else if(s.required&&e==="login")r[s.field]="";else if(s.required)throw new L(s.
name,"","is required")}let o=r;return WN(o,e),o}function WN(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new L("kms-key",t.kmsKey,"needs `encryptio\
n-type: KMS`");qN(t),e==="deliver"&&KN(t)}function KN(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.platform],["b\
uild-args",t.buildArgs.join(`
`)||void 0]];for(let[r,o]of e)if(o!==void 0)throw new L(r,o,"cannot be combined with `image` (nothing is built)");return}t.skipExisting||yd(t)}function yd(t){if(!(0,Vr.existsSync)(
t.context)||!(0,Vr.statSync)(t.context).isDirectory())throw new L("context",t.context,"is not a directory");Ea("dockerfile",An(t))}function An(t){return t.dockerfile??
`${t.context.replace(/\/+$/,"")}/Dockerfile`}function JN(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function As(t,e=process.env,r="deliver"){return{ci:JN(e),region:Ed(
t.awsRegion,e),commitSha:r==="login"?"":QN(t,e),sessionName:t.roleSessionName??ZN(e),sourceUrl:ek(e)}}function Ed(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);
if(!r)throw new L("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Ke.region(r);if(o)throw new L("aws-region",r,o);return r}
function Ho(t){return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function XN(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??
"")&&t.GITHUB_EVENT_PATH)try{let r=JSON.parse((0,_y.readFileSync)(t.GITHUB_EVENT_PATH,"utf8")).pull_request?.head?.sha;if(r)return r}catch{}return t.GITHUB_SHA}
function YN(){try{return(0,Ry.execFileSync)("git",["rev-parse","HEAD"],{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()}catch{return}}function QN(t,e){
let r=(t.commitSha??XN(e)??e.CIRCLE_SHA1??YN())?.toLowerCase();if(!r)throw new L("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HE\
AD` has no answer");let o=Ke.commitSha(r);if(o)throw new L("commit-sha",r,o);return r}function ZN(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.
GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function ek(t){if(t.GITHUB_REPOSITORY)
return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?
`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var wy=5,tk=5e3,rk=3e4,ok=2e3;function sk(t=1/0){let e=Math.max(1e3,Math.min(rk,Math.floor(t/3)));return{connectionTimeout:Math.min(tk,e),requestTimeout:e}}function Cs(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:wy,requestHandler:{...sk(r?.ms),throwOnRequestTimeout:!0}}}function bs(t){let e=t??{},r=e.name??"",
o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,s=o||!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.
test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:s,
throttled:o}}function Ps(t,e){return e?`AWS kept throttling ${t} for longer than ${wy} attempts with backoff: re-run later, spread out concurrent deliveries, or\
 raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_E\
NDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var Cn=class{constructor(e){this.seconds=e;this.expired=new Promise((r,o)=>{this.timer=setTimeout(()=>{
o(new ga(e,[...new Set(this.waiting)])),this.controller.abort(),setTimeout(()=>process.exit(process.exitCode||1),ok).unref()},e*1e3)}),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;expired;get ms(){
return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){try{return await Promise.race([e(),this.expired])}finally{clearTimeout(this.timer)}}async watch(e,r){
this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.waiting.indexOf(e),1)}}};function ao(t,e,r){return t?
t.watch(e,r):r()}var qP=require("node:child_process"),WP=require("node:fs"),KP=require("node:util");F();De();v();$();j();U();tt();Q();he();fi();v();j();F();j();j();var rn="ref",ss=-1,gi=!0,Y0="isSet",nI="PartitionResult",hi="booleanEquals",Ge="stringEquals",og="getAttr",Q0="us-east-1",Z0="sigv4",eI="sts",tI="https://st\
s.{Region}.{PartitionResult#dnsSuffix}",rI={[rn]:"Endpoint"},ze={[rn]:"Region"},sg={[rn]:nI},tn={},oI=[ze],sI={conditions:[[Y0,[rI]],[Y0,oI],["aws.partition",oI,
nI],[hi,[{[rn]:"UseFIPS"},gi]],[hi,[{[rn]:"UseDualStack"},gi]],[Ge,[ze,"aws-global"]],[hi,[{[rn]:"UseGlobalEndpoint"},gi]],[Ge,[ze,"eu-central-1"]],[hi,[{fn:og,
argv:[sg,"supportsDualStack"]},gi]],[hi,[{fn:og,argv:[sg,"supportsFIPS"]},gi]],[Ge,[ze,"ap-south-1"]],[Ge,[ze,"eu-north-1"]],[Ge,[ze,"eu-west-1"]],[Ge,[ze,"eu-w\
est-2"]],[Ge,[ze,"eu-west-3"]],[Ge,[ze,"sa-east-1"]],[Ge,[ze,Q0]],[Ge,[ze,"us-east-2"]],[Ge,[ze,"us-west-2"]],[Ge,[ze,"us-west-1"]],[Ge,[ze,"ca-central-1"]],[Ge,
[ze,"ap-southeast-1"]],[Ge,[ze,"ap-northeast-1"]],[Ge,[ze,"ap-southeast-2"]],[Ge,[{fn:og,argv:[sg,"name"]},"aws-us-gov"]]],results:[[ss],["https://sts.amazonaws\
.com",{authSchemes:[{name:Z0,signingName:eI,signingRegion:Q0}]}],[tI,{authSchemes:[{name:Z0,signingName:eI,signingRegion:"{Region}"}]}],[ss,"Invalid Configurati\
on: FIPS and custom endpoint are not supported"],[ss,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[rI,tn],["https://sts-fips.{Regio\
n}.{PartitionResult#dualStackDnsSuffix}",tn],[ss,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://sts.{Region}.amazo\
naws.com",tn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",tn],[ss,"FIPS is enabled but this partition does not support FIPS"],["https://sts.{Region\
}.{PartitionResult#dualStackDnsSuffix}",tn],[ss,"DualStack is enabled but this partition does not support DualStack"],[tI,tn],[ss,"Invalid Configuration: Missin\
g Region"]]},f1=2,J=1e8,g1=new Int32Array([-1,1,-1,0,30,3,1,4,J+14,2,5,J+14,3,25,6,4,24,7,5,J+1,8,6,9,J+13,7,J+1,10,10,J+1,11,11,J+1,12,12,J+1,13,13,J+1,14,14,J+
1,15,15,J+1,16,16,J+1,17,17,J+1,18,18,J+1,19,19,J+1,20,20,J+1,21,21,J+1,22,22,J+1,23,23,J+1,J+2,8,J+11,J+12,4,28,26,9,27,J+10,24,J+8,J+9,8,29,J+7,9,J+6,J+7,3,J+
3,31,4,J+4,J+5]),iI=Ue.from(g1,f1,sI.conditions,sI.results);var h1=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Wc=(t,e={})=>h1.get(t,()=>It(iI,{endpointParams:t,logger:e.logger}));
ve.aws=rt;var y1=t=>async(e,r,o)=>{if(!o)throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let s=await t(e,r,o),n=te(
r)?.commandInstance?.constructor?.getEndpointParameterInstructions;if(!n)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}\
'`);let i=await Fs(o,{getEndpointParameterInstructions:n},e);return Object.assign(s,i)},E1=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||
(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()}),aI=y1(E1);function cI(t){return{schemeId:"aws.auth#sigv4",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function Kc(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function ng(t){return{schemeId:"smithy.api#noAuth"}}var S1=(t,e,r)=>s=>{
let i=t(s).properties?.authSchemes;if(!i)return e(s);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();l!==m&&console.warn(`HttpAuth\
Scheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(E=>{let S=E.name.toLowerCase();return S!==
"sigv4a"&&S.startsWith("sigv4")});if(Ar.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else throw new Error(`Unknown H\
ttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption create function for '${f}'`);let y=g(
s);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},x1=t=>{let e=[];switch(t.operation){case"AssumeRoleWithSAML":{e.push(
ng(t)),e.push(Kc(t));break}case"AssumeRoleWithWebIdentity":{e.push(ng(t)),e.push(Kc(t));break}default:e.push(cI(t)),e.push(Kc(t))}return e},pI=S1(Wc,x1,{"aws.au\
th#sigv4":cI,"aws.auth#sigv4a":Kc,"smithy.api#noAuth":ng}),lI=t=>{let e=Jt(t),r=Zs(e);return Object.assign(r,{authSchemePreference:V(t.authSchemePreference??[])})};var uI=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??!1,defaultSigningName:"\
sts"}),dI={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",
name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}};var mI={name:"@aws-sdk/client-sts",version:"3.1174.0",description:"AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",homepage:"https://gi\
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
0.10.1",premove:"4.0.0",typescript:"~7.0.2",vitest:"^4.0.17"},engines:{node:">=20.0.0"}};F();he();lg();$();$();var dT="AWS_EC2_METADATA_DISABLED",mT=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:s}=await Promise.resolve().then(()=>(sp(),op));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:n}=await Promise.resolve().then(()=>(_g(),Rg));
return zo(n(t),o(t))}return process.env[dT]&&process.env[dT]!=="false"?async()=>{throw new w("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),s(t))};function fT(t,e){let r=X1(t),o,s,n,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{n=l}).finally(()=>{i=void 0})),await i,n;if(n?.expiration&&n?.expiration?.
getTime()<Date.now()&&(n=void 0),o)await o;else if(!n||e?.(n))if(n)s||(s=r(c).then(l=>{n=l}).catch(()=>{}).finally(()=>{s=void 0}));else return o=r(c).then(l=>{
n=l}).finally(()=>{o=void 0}),a(c);return n};return a}var X1=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(s){if(r=s,s?.tryNextLink)continue;throw s}
throw r};var vP=!1,Do=(t={})=>fT([async()=>{if(t.profile??process.env[Oa])throw process.env[yi]&&process.env[Ei]&&(vP||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),vP=!0)),new w("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),Jc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:s,
ssoRoleName:n,ssoSession:i}=t;if(!r&&!o&&!s&&!n&&!i)throw new w("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Zg(),Qg));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(TP(),IP));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(Fh(),Uh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(zh(),Gh));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await mT(t))()),async()=>{throw new w("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
AP);var AP=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;De();v();$();tt();P();Zr();he();wo();fi();De();Hr();v();U();P();Q();v();var we=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Yp=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="client";constructor(e){super({name:"Expi\
redTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qp=class t extends we{static shapeId="com.amazonaws.sts#InvalidContextAssert\
ionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Zp=class t extends we{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentExcept\
ion";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},el=class t extends we{static shapeId="\
com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tl=class t extends we{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDi\
sabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends we{static shapeId="\
com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"cli\
ent",...e}),Object.setPrototypeOf(this,t.prototype)}},ol=class t extends we{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdenti\
tyTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sl=class t extends we{static shapeId="\
com.amazonaws.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicati\
onErrorException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nl=class t extends we{static shapeId="com.amazonaws.sts#InvalidAuthorizationM\
essageException";name="InvalidAuthorizationMessageException";$fault="client";constructor(e){super({name:"InvalidAuthorizationMessageException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},il=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTradeInTokenException";name="ExpiredTradeInTokenExcepti\
on";$fault="client";constructor(e){super({name:"ExpiredTradeInTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends we{static shapeId="\
com.amazonaws.sts#InsufficientSessionLifetimeException";name="InsufficientSessionLifetimeException";$fault="client";constructor(e){super({name:"InsufficientSess\
ionLifetimeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cl=class t extends we{static shapeId="com.amazonaws.sts#InvalidSubjectCre\
dentialsException";name="InvalidSubjectCredentialsException";$fault="client";constructor(e){super({name:"InvalidSubjectCredentialsException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},pl=class t extends we{static shapeId="com.amazonaws.sts#JWTPayloadSizeExceededException";name="JWTPayloadSizeExceededE\
xception";$fault="client";constructor(e){super({name:"JWTPayloadSizeExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ll=class t extends we{static shapeId="\
com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";name="OutboundWebIdentityFederationDisabledException";$fault="client";constructor(e){super({name:"\
OutboundWebIdentityFederationDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ul=class t extends we{static shapeId="com.amazo\
naws.sts#SessionDurationEscalationException";name="SessionDurationEscalationException";$fault="client";constructor(e){super({name:"SessionDurationEscalationExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var hM="Arn",yM="AccessKeyId";var EM="AssumedRoleId";var CP="AssumedRoleUser";var SM="AssumeRoleWithWebIdentity",xM="AssumeRoleWithWebIdentityRequest",RM="AssumeRoleWithWebIdentityResponse";var _M="Audience",bP="Credentials";var wM="DurationSeconds",IM="Expiration";var TM="ExpiredTokenException",vM="ExpiredTradeInTokenException",AM="FederatedProviderArn";var CM="Issuer",bM="InvalidAuthorizationMessageException",PM="InvalidContextAssertionException",OM="IDPCommunicationErrorException",DM="IDPRejectedClaimExceptio\
n",NM="InvalidIdentityTokenException",kM="IdentityProvider",$M="InvalidSubjectCredentialsException",LM="InsufficientSessionLifetimeException",UM="JWTPayloadSize\
ExceededException";var FM="MalformedPolicyDocumentException",MM="MinimumSessionTokenSize";var PP="OriginIdentity",HM="OutboundWebIdentityFederationDisabledException",BM="Policy",GM="PolicyArns";var zM="PolicyDescriptorType",jM="ProviderId",VM="PackedPolicySize",qM="PackedPolicyTooLargeException",WM="Provider",KM="RoleArn",JM="RegionDisabledException",XM="\
RoleSessionName",YM="Subject";var QM="SecretAccessKey";var ZM="SessionDurationEscalationException",e2="SubjectFromWebIdentityToken",t2="SourceIdentity";var r2="SubjectType",o2="SessionTokenSize",s2="SessionTokenUtilization",n2="SessionToken";var OP="TransactionContext",DP="TrustedIdentityPropagationContext";var i2="WebIdentityToken",a2="arn",c2="accessKeySecretType",Ht="awsQueryError",Bt="client",p2="clientTokenType",Gt="error",zt="httpError",jt="message",l2="origi\
nIdentityIssuerType",u2="originIdentitySubjectType",d2="originIdentitySubjectTypeType",m2="policyDescriptorListType",NP="smithy.ts.sdk.synthetic.com.amazonaws.s\
ts",f2="transactionContextIdentityProviderMapType",g2="transactionContextValueType";var q="com.amazonaws.sts",kP=new K(NP),h2=[-3,NP,"STSServiceException",0,[],[]];kP.registerError(h2,we);var it=new K(q),y2=[-3,q,TM,{[Ht]:["ExpiredTokenExceptio\
n",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(y2,Yp);var E2=[-3,q,vM,{[Ht]:["ExpiredTradeInTokenException",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(
E2,il);var S2=[-3,q,OM,{[Ht]:["IDPCommunicationError",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(S2,sl);var x2=[-3,q,DM,{[Ht]:["IDPRejectedClaim",403],[Gt]:Bt,
[zt]:403},[jt],[0]];it.registerError(x2,rl);var R2=[-3,q,LM,{[Ht]:["InsufficientSessionLifetime",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(R2,al);var _2=[
-3,q,bM,{[Ht]:["InvalidAuthorizationMessageException",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(_2,nl);var w2=[-3,q,PM,{[Ht]:["InvalidContextAssertion",
400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(w2,Qp);var I2=[-3,q,NM,{[Ht]:["InvalidIdentityToken",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(I2,ol);
var T2=[-3,q,$M,{[Ht]:["InvalidSubjectCredentials",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(T2,cl);var v2=[-3,q,UM,{[Ht]:["JWTPayloadSizeExceededExcept\
ion",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(v2,pl);var A2=[-3,q,FM,{[Ht]:["MalformedPolicyDocument",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(
A2,Zp);var C2=[-3,q,HM,{[Ht]:["OutboundWebIdentityFederationDisabledException",403],[Gt]:Bt,[zt]:403},[jt],[0]];it.registerError(C2,ll);var b2=[-3,q,qM,{[Ht]:["\
PackedPolicyTooLarge",400],[Gt]:Bt,[zt]:400},[jt],[0]];it.registerError(b2,el);var P2=[-3,q,JM,{[Ht]:["RegionDisabledException",403],[Gt]:Bt,[zt]:403},[jt],[0]];
it.registerError(P2,tl);var O2=[-3,q,ZM,{[Ht]:["SessionDurationEscalationException",403],[Gt]:Bt,[zt]:403},[jt],[0]];it.registerError(O2,ul);var $P=[kP,it],D2=[
0,q,c2,8,0],N2=[0,q,p2,8,0],k2=[0,q,l2,8,0],$2=[0,q,u2,8,0],L2=[0,q,d2,8,0];var U2=[0,q,g2,8,0];var F2=[3,q,CP,0,[EM,hM],[0,0],2];var M2=[3,q,xM,0,[KM,XM,i2,jM,GM,BM,wM,MM],[0,0,[()=>N2,0],0,()=>q2,0,1,1],3],H2=[3,q,RM,0,[bP,e2,CP,VM,WM,_M,t2,s2,o2,DP],[[()=>B2,0],0,()=>F2,1,0,0,0,1,1,[()=>V2,
0]]];var B2=[3,q,bP,0,[yM,QM,n2,IM],[0,[()=>D2,0],0,4],4];var G2=[3,q,PP,0,[YM,r2,CM,AM],[[()=>$2,0],[()=>L2,0],[()=>k2,0],0]],z2=[3,q,zM,0,[a2],[0]];var j2=[3,q,OP,0,[kM],[[()=>W2,0]]],V2=[3,q,DP,8,[PP,OP],[[()=>G2,0],[()=>j2,0]]],q2=[1,q,m2,0,()=>z2];var W2=[2,q,f2,0,[0,0],[()=>U2,0]];var LP=[9,q,SM,0,()=>M2,()=>H2];var UP=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??Wc,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??pI,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.aut\
h#sigv4a"),signer:new Sr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.
logger??new Se,protocol:t?.protocol??cs,protocolSettings:t?.protocolSettings??{defaultNamespace:"com.amazonaws.sts",errorTypeRegistries:$P,xmlNamespace:"https:/\
/sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??Qe,signerConstructor:t?.
signerConstructor??Ar,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z});var FP=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=UP(t);ct(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??ut,credentialDefaultProvider:t?.credentialDefaultProvider??
Do,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:mI.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4")||(async i=>await Do(i?.__config||{})()),signer:new ne},
{schemeId:"aws.auth#sigv4a",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4a"),signer:new Sr},{schemeId:"smithy.api#noAuth",identityProvider:n=>n.getIdentityProvider(
"smithy.api#noAuth")||(async()=>({})),signer:new Ae}],maxAttempts:t?.maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??
r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).retryMode||Be},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(en,s),streamCollector:t?.
streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.userAgentAppId??_(Ut,s)}};F();v();U();var MP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
HP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var BP=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),MP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),HP(r))};var dl=class extends Re{config;constructor(...[e]){let r=FP(e||{});super(r),this.initConfig=r;let o=uI(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=qt(a),l=lI(c),u=BP(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.use(Kt(this.config)),this.
middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),
this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:aI,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials,"aws\
.auth#sigv4a":d.credentials})})),this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}};v();j();var GP=Rt(dI,"AWSSecurityTokenServiceV20110615","STSClient",Wt),zP={},jP=(t,e,r,o)=>[];var ml=class extends GP(zP,jP,"AssumeRoleWithWebIdentity",LP){};async function JP(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new ar(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:VP(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await K2(t),source:"GitHub OIDC"};if(t.ci==="circleci")return J2(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:VP(e),source:`file ${e}`};throw new ar(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function VP(t){let e=(0,WP.readFileSync)(t,"utf8").trim();if(!e)throw new ar(
`the OIDC token file ${t} is empty`);return e}async function K2(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new ar("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw new hr(`could not get the GitHub OIDC token: ${e.message}`,"check `permissio\
ns: id-token: write`; tokens are not issued to pull requests from forks")}}async function J2(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN;if(e)return{
token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};try{let r=["run","oidc","get"];t.audience!==gd&&r.push("--claims",JSON.
stringify({aud:t.audience}));let{stdout:o}=await(0,KP.promisify)(qP.execFile)("circleci",r,{encoding:"utf8"}),s=o.trim();if(s)return{token:s,source:"circleci ru\
n oidc get"}}catch{}throw new ar("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCLE_OIDC_TOKEN)","run the job with a context (Circ\
leCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function X2(t){try{let e=JSON.parse(Buffer.from(t.split(".")[1]??"","base6\
4url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),aud:r(e.aud)}}catch{return{}}}async function XP(t,e,r,o){
r.secret(e);let s=new dl(Cs(t.region,void 0,o)),n=new ml({RoleArn:t.roleArn,RoleSessionName:t.sessionName,WebIdentityToken:e,DurationSeconds:t.durationSeconds});
try{let a=(await ao(o,"STS AssumeRoleWithWebIdentity",()=>s.send(n,{abortSignal:o?.signal}))).Credentials;if(!a?.AccessKeyId||!a.SecretAccessKey||!a.SessionToken)
throw new hr("STS answered without credentials");return Y2({accessKeyId:a.AccessKeyId,secretAccessKey:a.SecretAccessKey,sessionToken:a.SessionToken,expiration:a.
Expiration},r)}catch(i){throw Q2(i,t,e)}finally{s.destroy()}}function Y2(t,e){for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}
function Q2(t,e,r){if(t instanceof hr)return t;let o=t,s=X2(r),n=`token iss=${s.iss??"?"} sub=${s.sub??"?"} aud=${s.aud??"?"}`,i=bs(t);if(i.transient){let c=`ST\
S AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.attempts} attempt(s) (${o.name}: ${o.message}); ${n}`;return new hr(c,Ps("STS",i.throttled),{cause:t})}
let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn} (${o.name}: ${o.message}); ${n}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new hr(
a,"the role's trust policy must allow this token: Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-pol\
icy` prints one)",{cause:t});case"InvalidIdentityToken":case"InvalidIdentityTokenException":return new hr(a,"the account needs an IAM OIDC identity provider for\
 this issuer, with the audience above as a client id",{cause:t});case"ExpiredTokenException":return new hr(a,"the OIDC token expired before it was used; request\
 a fresh one",{cause:t});case"IDPCommunicationError":case"IDPCommunicationErrorException":return new hr(a,"STS could not reach the token issuer; retry the job",
{cause:t});default:return new hr(a,void 0,{cause:t})}}var yn=require("node:fs"),eO=require("node:os"),Vh=require("node:path");var YP=3,Z2=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
QP=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,ZP=t=>t.startsWith(
"-")?`./${t}`:t;function tO(t){if(t.platform)return"platform";if(t.cache)return"cache";if(t.provenance)return"provenance"}function e3(t,e,r){let o=e?["buildx","\
build"]:["build"];o.push("--file",ZP(t.dockerfile));for(let s of t.tags)o.push("--tag",s);for(let[s,n]of Object.entries(t.labels))o.push("--label",`${s}=${n}`);
for(let s of t.buildArgs)o.push("--build-arg",s);return t.target&&o.push("--target",t.target),e&&(t.platform&&o.push("--platform",t.platform),o.push("--provenan\
ce",t.provenance?"mode=max":"false"),t.provenance&&o.push("--sbom","true"),t.cache&&(o.push("--cache-from",`type=registry,ref=${t.cache.ref}`),t.cache.write&&o.
push("--cache-to",`type=registry,ref=${t.cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`)),o.push(t.pushFromBuilder?"--push":"--load"),r&&o.push("-\
-metadata-file",r)),o.push(ZP(t.context)),o}function t3(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var xs=class{constructor(e,r,o){this.runner=e;this.
reporter=r;this.deadline=o}runner;reporter;deadline;run(e,r,o){return ao(this.deadline,`docker ${r[0]==="buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,o))}async check(){
let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0})}catch{throw new ar("docker is not installed: no `docker` command o\
n PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)")}if(e.code!==0){let r=e.stderr.trim().
split(`
`).pop()??"";throw new ar(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.buildx}logins=Promise.
resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){this.reporter.secret(e.password),this.reporter.
secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--username",e.username,"--password-stdin",e.host],
{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new cr(`docker login to ${e.host} failed: ${Ss(r)}`)}async logout(e){await this.
run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r?(0,yn.mkdtempSync)((0,Vh.join)((0,eO.tmpdir)(),"ecr-deliver-")):void 0,s=o?(0,Vh.join)(
o,"metadata.json"):void 0;try{let n=await this.run("docker",e3(e,r,s),{output:this.reporter.output});if(n.code!==0)throw new cr(`docker ${r?"buildx build":"buil\
d"} failed (exit ${n.code}): ${Ss(n)}`,e.cache?"a registry cache needs a buildx builder with the docker-container driver (GitHub: docker/setup-buildx-action)":void 0);
return!s||!e.pushFromBuilder?void 0:JSON.parse((0,yn.readFileSync)(s,"utf8"))["containerimage.digest"]}finally{o&&(0,yn.rmSync)(o,{recursive:!0,force:!0})}}async tag(e,r){
let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});if(o.code!==0)throw new cr(`docker tag ${e} ${r} failed: ${Ss(o)}`)}async push(e,r){let o=!1;
for(let s=1;;s++){let n=await this.run("docker",["push",e],{output:this.reporter.output}),i=`${n.stdout}
${n.stderr}`;if(n.code===0){let a=t3(i);if(!a)throw new cr(`docker push ${e} printed no digest`);return a}if(QP.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${Ss(n)}); logging in again`),await r();continue}if(QP.test(i))throw new cr(`docker push ${e} was refused after a fresh login: ${Ss(
n)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!Z2.test(
i)||s>=YP)throw new cr(`docker push ${e} failed after ${s} attempt(s): ${Ss(n)}`);this.reporter.warning(`docker push failed (${Ss(n)}); retrying (${s}/${YP-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(s-1)))}}},r3=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function Ss(t){let e=o=>o.split(`
`).map(s=>s.trim()).filter(s=>s&&!r3.test(s)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var Xh=require("node:fs");F();De();v();$();j();U();tt();Q();he();v();var rO=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function o3(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var oO=t=>{let e=[];switch(t.operation){default:e.push(o3(t))}return e},sO=t=>{let e=Jt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??
[])})};var nO=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),iO={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var aO={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
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
engines:{node:">=20.0.0"}};F();he();v();$();tt();P();Zr();he();wo();Hr();v();U();P();F();j();j();var En="ref",Rs=-1,fl=!0,cO="isSet",Wh="PartitionResult",No="stringEquals",gl="booleanEquals",qh="getAttr",pO={[En]:"Endpoint"},ko={fn:qh,argv:[{[En]:Wh},"n\
ame"]},lO={[En]:Wh},_s={},uO=[{[En]:"Region"}],dO={conditions:[[cO,[pO]],[cO,uO],["aws.partition",uO,Wh],[No,[ko,"aws-eusc"]],[No,[ko,"aws-iso-f"]],[No,[ko,"aws\
-iso-e"]],[No,[ko,"aws-iso-b"]],[No,[ko,"aws-iso"]],[No,[ko,"aws-cn"]],[No,[ko,"aws-us-gov"]],[No,[ko,"aws"]],[gl,[{[En]:"UseFIPS"},fl]],[gl,[{fn:qh,argv:[lO,"s\
upportsFIPS"]},fl]],[gl,[{[En]:"UseDualStack"},fl]],[gl,[{fn:qh,argv:[lO,"supportsDualStack"]},fl]]],results:[[Rs],[Rs,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[Rs,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[pO,_s],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",_s],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",_s],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",_s],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",_s],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",_s],[Rs,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[Rs,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",_s],[Rs,"DualStack is enabled but this partition does not support DualStack"],[Rs,"Invalid Configuration: Missing Region"]]},n3=2,We=1e8,
i3=new Int32Array([-1,1,-1,0,23,3,1,4,We+13,2,5,We+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,We+4,14,We+11,We+12,12,18,17,13,
We+9,We+10,13,19,We+6,14,We+8,We+9,11,22,21,13,We+5,We+4,13,We+7,We+6,11,We+1,24,13,We+2,We+3]),mO=Ue.from(i3,n3,dO.conditions,dO.results);var a3=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),fO=(t,e={})=>a3.get(t,()=>It(mO,{endpointParams:t,logger:e.logger}));ve.aws=rt;Q();v();var b=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var hl=class t extends b{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},El=class t extends b{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends b{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends b{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends b{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_l=class t extends b{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},wl=class t extends b{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends b{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Tl=class t extends b{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends b{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Al=class t extends b{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends b{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends b{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Pl=class t extends b{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ol=class t extends b{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends b{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Nl=class t extends b{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},kl=class t extends b{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},$l=class t extends b{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ll=class t extends b{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ul=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Fl=class t extends b{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ml=class t extends b{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Bl=class t extends b{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},zl=class t extends b{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
jl=class t extends b{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vl=class t extends b{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ql=class t extends b{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wl=class t extends b{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kl=class t extends b{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jl=class t extends b{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Xl=class t extends b{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yl=class t extends b{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ql=class t extends b{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zl=class t extends b{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},eu=class t extends b{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tu=class t extends b{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},ru=class t extends b{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ou=class t extends b{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},su=class t extends b{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nu=class t extends b{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},iu=class t extends b{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},au=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},cu=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
pu=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},lu=class t extends b{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},uu=class t extends b{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var c3="AuthorizationData",p3="AuthorizationDataList";var l3="BlockedByOrganizationPolicyException";var u3="BatchGetImage",d3="BatchGetImageRequest",m3="BatchGetImageResponse";var f3="CreateRepository";var g3="CreateRepositoryRequest",h3="CreateRepositoryResponse";var y3="DescribeRepositoriesRequest",E3="DescribeRepositoriesResponse";var S3="DescribeRepositories";var x3="ExclusionAlreadyExistsException",R3="EncryptionConfiguration";var _3="ExclusionNotFoundException",w3="EmptyUploadException";var I3="GetAuthorizationToken",T3="GetAuthorizationTokenRequest",v3="GetAuthorizationTokenResponse";var A3="Image",C3="ImageArchivedException",b3="ImageAlreadyExistsException";var P3="ImageDigestDoesNotMatchException";var O3="ImageFailure",D3="ImageFailureList",N3="ImageIdentifier",k3="ImageIdentifierList",$3="ImageList",L3="InvalidLayerException",U3="InvalidLayerPartExceptio\
n";var F3="ImageNotFoundException",M3="InvalidParameterException";var H3="ImageScanningConfiguration",B3="ImageStorageClassUpdateNotSupportedException";var G3="ImageTagAlreadyExistsException",z3="ImageTagMutabilityExclusionFilter",j3="ImageTagMutabilityExclusionFilters",V3="InvalidTagParameterException",q3="Key",
W3="KmsException";var K3="LayerAlreadyExistsException",J3="LimitExceededException";var X3="LayerInaccessibleException";var Y3="LayersNotFoundException",Q3="LifecyclePolicyNotFoundException";var Z3="LifecyclePolicyPreviewInProgressException",eH="LifecyclePolicyPreviewNotFoundException";var tH="LayerPartTooSmallException";var rH="PutImage",oH="PutImageRequest",sH="PutImageResponse";var nH="PutLifecyclePolicy",iH="PutLifecyclePolicyRequest",aH="PutLifecyclePolicyResponse";var cH="PullThroughCacheRuleAlreadyExistsException";var pH="PullThroughCacheRuleNotFoundException";var lH="RepositoryAlreadyExistsException",uH="ReplicationBackfillInProgressException",dH="ReplicationBackfillInvalidStatusException",mH="ReplicationBackfillNotF\
oundException";var fH="ReferencedImagesNotFoundException",gH="RepositoryList";var hH="RepositoryNotEmptyException",yH="RepositoryNotFoundException",EH="RegistryPolicyNotFoundException",SH="RepositoryPolicyNotFoundException";var xH="Repository";var RH="SigningConfigurationNotFoundException";var _H="ServerException";var wH="ScanNotFoundException",IH="SecretNotFoundException";var TH="SetRepositoryPolicy",vH="SetRepositoryPolicyRequest",AH="SetRepositoryPolicyResponse",CH="Tag",bH="TemplateAlreadyExistsException";var PH="TagList",OH="TooManyTagsException",DH="TemplateNotFoundException";var NH="UnsupportedImageTypeException";var kH="UploadNotFoundException";var $H="UnableToAccessSecretException",LH="UnableToDecryptSecretValueException",UH="UnableToGetUpstreamImageException",FH="UnableToGetUpstreamLayerException",MH="\
UnableToListUpstreamImageReferrersException",HH="UnsupportedUpstreamRegistryException",BH="Value",GH="ValidationException";var zH="authorizationData";var jH="acceptedMediaTypes";var VH="authorizationToken";var k="client";var qH="createdAt";var D="error",WH="expiresAt";var gO="encryptionConfiguration";var KH="encryptionType";var JH="failures";var XH="failureCode";var YH="failureReason";var QH="filterType";var ZH="filter";var eB="force",tB="httpError",rB="images";var hO="imageDigest";var oB="imageIds",yO="imageId",EO="imageManifest",SO="imageManifestMediaType";var xO="imageScanningConfiguration";var RO="imageTagMutability",_O="imageTagMutabilityExclusionFilters",wO="imageTag";var sB="image";var nB="kmsError",iB="kmsKey";var IO="lifecyclePolicyText";var aB="lastValidByteReceived",N="message",cB="maxResults";var TO="nextToken";var pB="proxyEndpoint";var vO="policyText";var lB="repositoryArn";var Or="registryId",uB="registryIds",zr="repositoryName",dB="repositoryNames";var mB="repositoryUri";var fB="repository";var gB="repositories";var AO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var hB="scanOnPush";var yB="server";var EB="tags";var SB="uploadId";var x="com.amazonaws.ecr",CO=new K(AO),xB=[-3,AO,"ECRServiceException",0,[],[]];CO.registerError(xB,b);var O=new K(x),RB=[-3,x,l3,{[D]:k},[N],[0]];O.registerError(
RB,ou);var _B=[-3,x,w3,{[D]:k},[N],[0]];O.registerError(_B,_l);var wB=[-3,x,x3,{[D]:k},[N],[0]];O.registerError(wB,su);var IB=[-3,x,_3,{[D]:k},[N],[0]];O.registerError(
IB,jl);var TB=[-3,x,b3,{[D]:k},[N],[0]];O.registerError(TB,Zl);var vB=[-3,x,C3,{[D]:k},[N],[0]];O.registerError(vB,nu);var AB=[-3,x,P3,{[D]:k},[N],[0]];O.registerError(
AB,eu);var CB=[-3,x,F3,{[D]:k},[N],[0]];O.registerError(CB,Vl);var bB=[-3,x,B3,{[D]:k},[N],[0]];O.registerError(bB,lu);var PB=[-3,x,G3,{[D]:k},[N],[0]];O.registerError(
PB,tu);var OB=[-3,x,L3,{[D]:k},[N],[0]];O.registerError(OB,wl);var DB=[-3,x,U3,{[D]:k},[Or,zr,SB,aB,N],[0,0,0,1,0]];O.registerError(DB,uu);var NB=[-3,x,M3,{[D]:k},
[N],[0]];O.registerError(NB,hl);var kB=[-3,x,V3,{[D]:k},[N],[0]];O.registerError(kB,Nl);var $B=[-3,x,W3,{[D]:k},[N,nB],[0,0]];O.registerError($B,Il);var LB=[-3,
x,K3,{[D]:k},[N],[0]];O.registerError(LB,Tl);var UB=[-3,x,X3,{[D]:k},[N],[0]];O.registerError(UB,Kl);var FB=[-3,x,tH,{[D]:k},[N],[0]];O.registerError(FB,vl);var MB=[
-3,x,Y3,{[D]:k},[N],[0]];O.registerError(MB,Jl);var HB=[-3,x,Q3,{[D]:k},[N],[0]];O.registerError(HB,Ul);var BB=[-3,x,Z3,{[D]:k},[N],[0]];O.registerError(BB,au);
var GB=[-3,x,eH,{[D]:k},[N],[0]];O.registerError(GB,Yl);var zB=[-3,x,J3,{[D]:k},[N],[0]];O.registerError(zB,Sl);var jB=[-3,x,cH,{[D]:k},[N],[0]];O.registerError(
jB,Cl);var VB=[-3,x,pH,{[D]:k},[N],[0]];O.registerError(VB,Fl);var qB=[-3,x,fH,{[D]:k},[N],[0]];O.registerError(qB,ru);var WB=[-3,x,EH,{[D]:k},[N],[0]];O.registerError(
WB,Ml);var KB=[-3,x,uH,{[D]:k},[N],[0]];O.registerError(KB,cu);var JB=[-3,x,dH,{[D]:k},[N],[0]];O.registerError(JB,pu);var XB=[-3,x,mH,{[D]:k},[N],[0]];O.registerError(
XB,Wl);var YB=[-3,x,lH,{[D]:k},[N],[0]];O.registerError(YB,kl);var QB=[-3,x,hH,{[D]:k},[N],[0]];O.registerError(QB,Hl);var ZB=[-3,x,yH,{[D]:k},[N],[0]];O.registerError(
ZB,yl);var e4=[-3,x,SH,{[D]:k},[N],[0]];O.registerError(e4,Gl);var t4=[-3,x,wH,{[D]:k},[N],[0]];O.registerError(t4,ql);var r4=[-3,x,IH,{[D]:k},[N],[0]];O.registerError(
r4,bl);var o4=[-3,x,_H,{[D]:yB},[N],[0]];O.registerError(o4,El);var s4=[-3,x,RH,{[D]:k},[N],[0]];O.registerError(s4,zl);var n4=[-3,x,bH,{[D]:k},[N],[0]];O.registerError(
n4,Ll);var i4=[-3,x,DH,{[D]:k},[N],[0]];O.registerError(i4,Bl);var a4=[-3,x,OH,{[D]:k},[N],[0]];O.registerError(a4,$l);var c4=[-3,x,$H,{[D]:k},[N],[0]];O.registerError(
c4,Pl);var p4=[-3,x,LH,{[D]:k},[N],[0]];O.registerError(p4,Ol);var l4=[-3,x,UH,{[D]:k},[N],[0]];O.registerError(l4,xl);var u4=[-3,x,FH,{[D]:k},[N],[0]];O.registerError(
u4,Xl);var d4=[-3,x,MH,{[D]:k},[N],[0]];O.registerError(d4,Ql);var m4=[-3,x,NH,{[D]:k},[N],[0]];O.registerError(m4,iu);var f4=[-3,x,HH,{[D]:k},[N],[0]];O.registerError(
f4,Dl);var g4=[-3,x,kH,{[D]:k},[N],[0]];O.registerError(g4,Al);var h4=[-3,x,GH,{[D]:k,[tB]:400},[N],[0]];O.registerError(h4,Rl);var bO=[CO,O];var y4=[3,x,c3,0,[VH,WH,pB],[0,4,0]];var E4=[3,x,d3,0,[zr,oB,Or,jH],[0,()=>U4,0,64],2],S4=[3,x,m3,0,[rB,JH],[()=>F4,()=>L4]];var x4=[3,x,g3,0,[zr,Or,EB,RO,_O,xO,gO],[0,0,()=>H4,0,()=>kO,()=>DO,()=>PO],1],R4=[3,x,h3,0,[fB],[()=>NO]];var _4=[3,x,y3,0,[Or,dB,TO,cB],[0,64,0,1]],w4=[3,x,E3,0,[gB,TO],[()=>M4,0]];var PO=[3,x,R3,0,[KH,iB],[0,0],1];var I4=[3,x,T3,0,[uB],[64]],T4=[3,x,v3,0,[zH],[()=>$4]];var OO=[3,x,A3,0,[Or,zr,yO,EO,SO],[0,0,()=>Kh,0,0]];var v4=[3,x,O3,0,[yO,XH,YH],[()=>Kh,0,0]],Kh=[3,x,N3,0,[hO,wO],[0,0]];var DO=[3,x,H3,0,[hB],[2]];var A4=[3,x,z3,0,[QH,ZH],[0,0],2];var C4=[3,x,oH,0,[zr,EO,Or,SO,wO,hO],[0,0,0,0,0,0],2],b4=[3,x,sH,0,[sB],[()=>OO]];var P4=[3,x,iH,0,[zr,IO,Or],[0,0,0],2],O4=[3,x,aH,0,[Or,zr,IO],[0,0,0]];var NO=[3,x,xH,0,[lB,Or,zr,mB,qH,RO,_O,xO,gO],[0,0,0,0,4,0,()=>kO,()=>DO,()=>PO]];var D4=[3,x,vH,0,[zr,vO,Or,eB],[0,0,0,2],2],N4=[3,x,AH,0,[Or,zr,vO],[0,0,0]];var k4=[3,x,CH,0,[q3,BH],[0,0],2];var $4=[1,x,p3,0,()=>y4];var L4=[1,x,D3,0,()=>v4],U4=[1,x,k3,0,()=>Kh],F4=[1,x,$3,0,()=>OO];var kO=[1,x,j3,0,()=>A4];var M4=[1,x,gH,0,()=>NO];var H4=[1,x,PH,0,()=>k4];var $O=[9,x,u3,0,()=>E4,()=>S4];var LO=[9,x,f3,0,()=>x4,()=>R4];var UO=[9,x,S3,0,()=>_4,()=>w4];var FO=[9,x,I3,0,()=>I4,()=>T4];var MO=[9,x,rH,0,()=>C4,()=>b4];var HO=[9,x,nH,0,()=>P4,()=>O4];var BO=[9,x,TH,0,()=>D4,()=>N4];var GO=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??fO,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??oO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne}],logger:t?.logger??new Se,protocol:t?.protocol??as,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:bO,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??Qe,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??
Z});var zO=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=GO(t);ct(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??ut,credentialDefaultProvider:t?.credentialDefaultProvider??
Do,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:aO.version}),maxAttempts:t?.
maxAttempts??_(Dt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).
retryMode||Be},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.
userAgentAppId??_(Ut,s)}};F();v();U();var jO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
VO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var qO=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),jO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),VO(r))};var du=class extends Re{config;constructor(...[e]){let r=zO(e||{});super(r),this.initConfig=r;let o=nO(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=qt(a),l=sO(c),u=qO(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.use(Kt(this.config)),this.
middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),
this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:rO,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}};v();j();var Zt=Rt(iO,"AmazonEC2ContainerRegistry_V20150921","ECRClient",Wt),er={},tr=(t,e,r,o)=>[];var mu=class extends Zt(er,tr,"BatchGetImage",$O){};var fu=class extends Zt(er,tr,"CreateRepository",LO){};var gu=class extends Zt(er,tr,"DescribeRepositories",UO){};var na=class extends Zt(er,tr,"GetAuthorizationToken",FO){};var hu=class extends Zt(er,tr,"PutImage",MO){};var yu=class extends Zt(er,tr,"PutLifecyclePolicy",HO){};var Eu=class extends Zt(er,tr,"SetRepositoryPolicy",BO){};var B4=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],G4=5,Sn=t=>t?.name??"",xn=class{constructor(e,r,o,s){this.registryId=o;this.deadline=s;this.ecr=new du(Cs(e,r,
s)),this.sendOptions={abortSignal:s?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let e=await this.call("GetAuthorizatio\
nToken",()=>this.ecr.send(new na(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions));return Su(e.authorizationData?.[0])}async logins(e){return((await this.
call("GetAuthorizationToken",()=>this.ecr.send(new na({registryIds:e}),this.sendOptions))).authorizationData??[]).map(o=>Su(o))}async findRepository(e){let r=await this.
describe(e);return r&&Jh(r,!1)}async ensureRepository(e){let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new xe(`reposi\
tory ${e.repository} does not exist`,"create it, or set create-repository: true");try{let o=await this.call("CreateRepository",()=>this.ecr.send(new fu({registryId:this.
registryId,repositoryName:e.repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:z4(e),imageScanningConfiguration:{scanOnPush:e.
scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,kmsKey:e.kmsKey}}),this.sendOptions));return Jh(o.repository,!0)}catch(o){if(Sn(o)!=="Repos\
itoryAlreadyExistsException")throw o;let s=await this.describe(e.repository);if(!s)throw o;return Jh(s,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){
let o=(0,Xh.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLifecyclePolicy",()=>this.ecr.send(new yu({registryId:this.registryId,repositoryName:e.
repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){let o=(0,Xh.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetReposito\
ryPolicy",()=>this.ecr.send(new Eu({registryId:this.registryId,repositoryName:e.repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){
let o=new Map,s;try{s=await this.call("BatchGetImage",()=>this.ecr.send(new mu({registryId:this.registryId,repositoryName:e,imageIds:r.map(n=>({imageTag:n})),acceptedMediaTypes:B4}),
this.sendOptions))}catch(n){if(Sn(n)==="RepositoryNotFoundException")return o;throw n}for(let n of s.images??[]){let i=n.imageId?.imageTag;i&&n.imageId?.imageDigest&&
n.imageManifest&&o.set(i,{digest:n.imageId.imageDigest,manifest:n.imageManifest,mediaType:n.imageManifestMediaType??""})}return o}async putTag(e,r,o){try{await this.
call("PutImage",()=>this.ecr.send(new hu({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.
digest,imageTag:o}),this.sendOptions))}catch(s){if(Sn(s)==="ImageAlreadyExistsException")return;throw Sn(s)==="ImageTagAlreadyExistsException"?new xe(`tag ${o} \
already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:s}):s}}async describe(e){
try{return(await this.call("DescribeRepositories",()=>this.ecr.send(new gu({registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){
if(Sn(r)==="RepositoryNotFoundException")return;throw r}}async call(e,r){try{return await ao(this.deadline,`ECR ${e}`,r)}catch(o){let s=Sn(o);if(o instanceof xe||
/NotFound|AlreadyExists/.test(s))throw o;if(s==="CredentialsProviderError")throw new xe(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to u\
se the CI's OIDC token, or provide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let n=bs(o);if(n.transient)throw new xe(
`ECR ${e} failed after ${n.attempts} attempt(s): ${s}: ${o.message}`,Ps("ECR",n.throttled),{cause:o});let i=`ECR ${e} failed: ${s}: ${o.message}`;throw/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(s)?new xe(i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new xe(i,void 0,{cause:o})}}};function Su(t,e=t?.
proxyEndpoint){if(!t?.authorizationToken||!e)throw new xe("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,"base64").toString("utf8"),
o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function Jh(t,e){return{name:t.repositoryName,
uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??
"").filter(Boolean),created:e}}function z4(t){return t.imageTagMutability!=="IMMUTABLE_WITH_EXCLUSION"?void 0:(t.tags.length?t.tags:["latest"]).slice(0,G4).map(
r=>({filterType:"WILDCARD",filter:r}))}function j4(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Yh(t,e){
let r=t.exclusionFilters.some(o=>j4(o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSIO\
N":return r;default:return!1}}var WO=require("node:fs");async function Qh(t,e,r,o){let s=new Map;for(let i of t)s.set(i.region??e,[...s.get(i.region??e)??[],i.id]);return(await Promise.all([...s].map(async([i,a])=>{let c=new xn(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var V4=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
q4=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Zh(t){let e;try{e=(0,WO.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let s=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(s)||s==="localhost")&&r.add(s)}return[...r]}function KO(t,e,r,o){
if(!V4.test(t))return;let s=Zh(e).filter(i=>!r.includes(i));return s.length?`the Dockerfile pulls from ${s.map(i=>{let a=q4.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}F();De();v();$();j();U();tt();Q();he();v();var JO=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function W4(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var XO=t=>{let e=[];switch(t.operation){default:e.push(W4(t))}return e},YO=t=>{let e=Jt(t);return Object.assign(e,{authSchemePreference:V(
t.authSchemePreference??[])})};var QO=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),ZO={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var eD={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
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
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};F();he();v();$();tt();P();Zr();he();wo();Hr();v();U();P();F();j();j();var ia="ref",ws=-1,xu=!0,tD="isSet",nD="PartitionResult",Ru="booleanEquals",ey="getAttr",rD={[ia]:"Endpoint"},ty={[ia]:nD},Rn={},oD=[{[ia]:"Region"}],sD={conditions:[
[tD,[rD]],[tD,oD],["aws.partition",oD,nD],[Ru,[{[ia]:"UseFIPS"},xu]],[Ru,[{[ia]:"UseDualStack"},xu]],[Ru,[{fn:ey,argv:[ty,"supportsDualStack"]},xu]],[Ru,[{fn:ey,
argv:[ty,"supportsFIPS"]},xu]],["stringEquals",[{fn:ey,argv:[ty,"name"]},"aws"]]],results:[[ws],[ws,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[ws,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[rD,Rn],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",Rn],[ws,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",Rn],[ws,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",Rn],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",Rn],[ws,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",Rn],[ws,"Invalid Configuration: Missing Region"]]},J4=2,rr=1e8,X4=new Int32Array([-1,1,-1,0,13,3,1,4,rr+12,2,5,rr+12,3,9,6,4,7,rr+11,5,8,rr+10,7,
rr+8,rr+9,4,11,10,6,rr+6,rr+7,5,12,rr+5,6,rr+4,rr+5,3,rr+1,14,4,rr+2,rr+3]),iD=Ue.from(X4,J4,sD.conditions,sD.results);var Y4=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),aD=(t,e={})=>Y4.get(t,()=>It(iD,{endpointParams:t,logger:e.logger}));ve.aws=rt;Q();v();var ee=class t extends $e{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var _u=class t extends ee{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},wu=class t extends ee{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Iu=class t extends ee{name="RepositoryNotFoundException";$fault="client";constructor(e){super({
name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tu=class t extends ee{name="ServerException";$fault="server";constructor(e){
super({name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},vu=class t extends ee{name="UnsupportedCommandException";$fault="\
client";constructor(e){super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Au=class t extends ee{name="Em\
ptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cu=class t extends ee{name="\
InvalidLayerException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bu=class t extends ee{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Pu=class t extends ee{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ou=class t extends ee{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Du=class t extends ee{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParame\
terException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nu=class t extends ee{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ku=class t extends ee{name="RepositoryAlreadyExistsExcepti\
on";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$u=class t extends ee{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Lu=class t extends ee{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Uu=class t extends ee{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Fu=class t extends ee{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Mu=class t extends ee{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hu=class t extends ee{name="ImageAlreadyEx\
istsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bu=class t extends ee{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Gu=class t extends ee{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"c\
lient",...e}),Object.setPrototypeOf(this,t.prototype)}},zu=class t extends ee{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},ju=class t extends ee{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vu=class t extends ee{name="ReferencedImagesNotFoundExcep\
tion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var Q4="AuthorizationData";var Z4="CreateRepository",eG="CreateRepositoryRequest",tG="CreateRepositoryResponse";var rG="DescribeImageTags",oG="DescribeImageTagsRequest",sG="DescribeImageTagsResponse";var nG="DescribeRegistriesRequest",iG="DescribeRegistriesResponse",aG="DescribeRepositoriesRequest",cG="DescribeRepositoriesResponse",pG="DescribeRegistries",lG="\
DescribeRepositories",uG="EmptyUploadException",dG="GetAuthorizationToken",mG="GetAuthorizationTokenRequest",fG="GetAuthorizationTokenResponse";var gG="Image",hG="ImageAlreadyExistsException";var yG="ImageDigestDoesNotMatchException";var EG="ImageIdentifier";var SG="InvalidLayerException",xG="InvalidLayerPartException";var RG="ImageNotFoundException",_G="InvalidParameterException",wG="ImageTagAlreadyExistsException",IG="ImageTagDetail",TG="ImageTagDetailList",vG="InvalidTagPar\
ameterException",AG="Key";var CG="LayerAlreadyExistsException",bG="LimitExceededException";var PG="LayersNotFoundException",OG="LayerPartTooSmallException";var DG="PutImage",NG="PutImageRequest",kG="PutImageResponse";var $G="Registry",LG="RegistryAlias",UG="RepositoryAlreadyExistsException",FG="RegistryAliasList";var MG="RepositoryCatalogDataInput",HG="RepositoryCatalogDataNotFoundException",BG="RepositoryCatalogData",GG="ReferencedImageDetail",zG="ReferencedImagesNotFou\
ndException",jG="RegistryList",VG="RepositoryList",qG="RepositoryNotEmptyException",WG="RegistryNotFoundException",KG="RepositoryNotFoundException",JG="Reposito\
ryPolicyNotFoundException",XG="Repository",YG="ServerException",QG="SetRepositoryPolicy",ZG="SetRepositoryPolicyRequest",ez="SetRepositoryPolicyResponse",tz="Ta\
g",rz="TagList",oz="TooManyTagsException";var sz="UnsupportedCommandException";var nz="UploadNotFoundException";var iz="Value",az="aliases",cz="authorizationData",pz="artifactMediaType",lz="authorizationToken",cD="aboutText",pD="architectures",de="client",lD="createdAt",uD="\
catalogData",dD="description";var uz="defaultRegistryAlias",ae="error",dz="expiresAt";var mz="force",fz="image";var ry="imageDigest",gz="imageDetail";var hz="imageId",mD="imageManifest",oy="imageManifestMediaType",yz="imagePushedAt",Ez="imageSizeInBytes";var Sz="imageTagDetails",sy="imageTag";var xz="logoImageBlob";var Rz="logoUrl",_z="lastValidByteReceived",ce="message",wz="marketplaceCertified",ny="maxResults";var Iz="name",_n="nextToken",fD="operatingSystems";var Tz="primaryRegistryAlias";var gD="policyText",vz="repository";var Az="registryArn",Cz="repositoryArn";var oo="registryId",$o="repositoryName",bz="repositoryNames",Pz="registryUri",Oz="repositoryUri",Dz="registries",Nz="repositories",hD="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",kz="server",$z="status",Lz="tags";var Uz="uploadId",yD="usageText",Fz="verified",A="com.amazonaws.ecrpublic",ED=K.for(hD),Mz=[-3,hD,"ECRPUBLICServiceException",0,[],[]];ED.registerError(Mz,ee);var se=K.
for(A),Hz=[-3,A,uG,{[ae]:de},[ce],[0]];se.registerError(Hz,Au);var Bz=[-3,A,hG,{[ae]:de},[ce],[0]];se.registerError(Bz,Hu);var Gz=[-3,A,yG,{[ae]:de},[ce],[0]];se.
registerError(Gz,Bu);var zz=[-3,A,RG,{[ae]:de},[ce],[0]];se.registerError(zz,Fu);var jz=[-3,A,wG,{[ae]:de},[ce],[0]];se.registerError(jz,Gu);var Vz=[-3,A,SG,{[ae]:de},
[ce],[0]];se.registerError(Vz,Cu);var qz=[-3,A,xG,{[ae]:de},[oo,$o,Uz,_z,ce],[0,0,0,1,0]];se.registerError(qz,zu);var Wz=[-3,A,_G,{[ae]:de},[ce],[0]];se.registerError(
Wz,_u);var Kz=[-3,A,vG,{[ae]:de},[ce],[0]];se.registerError(Kz,Du);var Jz=[-3,A,CG,{[ae]:de},[ce],[0]];se.registerError(Jz,bu);var Xz=[-3,A,OG,{[ae]:de},[ce],[0]];
se.registerError(Xz,Pu);var Yz=[-3,A,PG,{[ae]:de},[ce],[0]];se.registerError(Yz,ju);var Qz=[-3,A,bG,{[ae]:de},[ce],[0]];se.registerError(Qz,Nu);var Zz=[-3,A,zG,
{[ae]:de},[ce],[0]];se.registerError(Zz,Vu);var ej=[-3,A,WG,{[ae]:de},[ce],[0]];se.registerError(ej,wu);var tj=[-3,A,UG,{[ae]:de},[ce],[0]];se.registerError(tj,
ku);var rj=[-3,A,HG,{[ae]:de},[ce],[0]];se.registerError(rj,Mu);var oj=[-3,A,qG,{[ae]:de},[ce],[0]];se.registerError(oj,Lu);var sj=[-3,A,KG,{[ae]:de},[ce],[0]];
se.registerError(sj,Iu);var nj=[-3,A,JG,{[ae]:de},[ce],[0]];se.registerError(nj,Uu);var ij=[-3,A,YG,{[ae]:kz},[ce],[0]];se.registerError(ij,Tu);var aj=[-3,A,oz,
{[ae]:de},[ce],[0]];se.registerError(aj,$u);var cj=[-3,A,sz,{[ae]:de},[ce],[0]];se.registerError(cj,vu);var pj=[-3,A,nz,{[ae]:de},[ce],[0]];se.registerError(pj,
Ou);var SD=[ED,se],lj=[3,A,Q4,0,[lz,dz],[0,4]];var uj=[3,A,eG,0,[$o,uD,Lz],[0,()=>Pj,()=>Fj],1],dj=[3,A,tG,0,[vz,uD],[()=>xD,()=>bj]];var mj=[3,A,oG,0,[$o,oo,_n,ny],[0,0,0,1],1],fj=[3,A,sG,0,[Sz,_n],[()=>kj,0]],gj=[3,A,nG,0,[_n,ny],[0,1]],hj=[3,A,iG,0,[Dz,_n],[()=>Lj,0],1],yj=[3,A,aG,0,[oo,bz,
_n,ny],[0,64,0,1]],Ej=[3,A,cG,0,[Nz,_n],[()=>Uj,0]],Sj=[3,A,mG,0,[],[]],xj=[3,A,fG,0,[cz],[()=>lj]];var Rj=[3,A,gG,0,[oo,$o,hz,mD,oy],[0,0,()=>_j,0,0]];var _j=[3,A,EG,0,[ry,sy],[0,0]],wj=[3,A,IG,0,[sy,lD,gz],[0,4,()=>vj]];var Ij=[3,A,NG,0,[$o,mD,oo,oy,sy,ry],[0,0,0,0,0,0],2],Tj=[3,A,kG,0,[fz],[()=>Rj]];var vj=[3,A,GG,0,[ry,Ez,yz,oy,pz],[0,1,4,0,0]],Aj=[3,A,$G,0,[oo,Az,Pz,Fz,az],[0,0,0,2,()=>$j],5],Cj=[3,A,LG,0,[Iz,$z,Tz,uz],[0,0,2,2],4];var xD=[3,A,XG,0,[Cz,oo,$o,Oz,lD],[0,0,0,0,4]],bj=[3,A,BG,0,[dD,pD,fD,Rz,cD,yD,wz],[0,64,64,0,0,0,2]],Pj=[3,A,MG,0,[dD,pD,fD,xz,cD,yD],[0,64,64,21,0,0]],Oj=[3,A,
ZG,0,[$o,gD,oo,mz],[0,0,0,2],2],Dj=[3,A,ez,0,[oo,$o,gD],[0,0,0]],Nj=[3,A,tz,0,[AG,iz],[0,0]];var kj=[1,A,TG,0,()=>wj];var $j=[1,A,FG,0,()=>Cj],Lj=[1,A,jG,0,()=>Aj],Uj=[1,A,VG,0,()=>xD];var Fj=[1,A,rz,0,()=>Nj];var RD=[9,A,Z4,0,()=>uj,()=>dj];var _D=[9,A,rG,0,()=>mj,()=>fj],wD=[9,A,pG,0,()=>gj,()=>hj],ID=[9,A,lG,0,()=>yj,()=>Ej],TD=[9,A,dG,0,()=>Sj,()=>xj];var vD=[9,A,DG,0,()=>Ij,()=>Tj];var AD=[9,A,QG,0,()=>Oj,()=>Dj];var CD=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??aD,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??XO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne}],logger:t?.logger??new Se,protocol:t?.protocol??as,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:SD,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??Qe,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??
Z});var bD=t=>{Et(process.version);let e=wt(t),r=()=>e().then(yt),o=CD(t);ct(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ot,s),bodyLengthChecker:t?.bodyLengthChecker??ut,credentialDefaultProvider:t?.credentialDefaultProvider??
Do,defaultUserAgentProvider:t?.defaultUserAgentProvider??Lt({serviceId:o.serviceId,clientVersion:eD.version}),maxAttempts:t?.maxAttempts??_(Dt,t),region:t?.region??
_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...kt,default:async()=>(await r()).retryMode||Be},t),streamCollector:t?.
streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(ft,s),useFipsEndpoint:t?.useFipsEndpoint??_(gt,s),userAgentAppId:t?.userAgentAppId??_(Ut,s)}};F();v();U();var PD=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
OD=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var DD=(t,e)=>{let r=Object.assign(Ft(t),St(t),Tt(t),PD(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Mt(r),xt(r),vt(r),OD(r))};var qu=class extends Re{config;constructor(...[e]){let r=bD(e||{});super(r),this.initConfig=r;let o=QO(r),s=Ot(o),n=Nt(s),i=_t(n),a=i,c=qt(a),l=YO(c),u=DD(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(ht(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.use(Kt(this.config)),this.
middlewareStack.use(At(this.config)),this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(bt(this.config)),this.middlewareStack.use(Pt(this.config)),
this.middlewareStack.use(Ze(this.config,{httpAuthSchemeParametersProvider:JO,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(et(this.config))}destroy(){super.destroy()}};v();j();var or=Rt(ZO,"SpencerFrontendService","ECRPUBLICClient",Wt),sr={},nr=(t,e,r,o)=>[];var Wu=class extends or(sr,nr,"CreateRepository",RD){};var Ku=class extends or(sr,nr,"DescribeImageTags",_D){};var Ju=class extends or(sr,nr,"DescribeRegistries",wD){};var Xu=class extends or(sr,nr,"DescribeRepositories",ID){};var Yu=class extends or(sr,nr,"GetAuthorizationToken",TD){};var Qu=class extends or(sr,nr,"PutImage",vD){};var Zu=class extends or(sr,nr,"SetRepositoryPolicy",AD){};var ND=3e4,Mj=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function Hj(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function kD(t,e,r,o,s){let n=`${Mj(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=u=>wn(n,{headers:{accept:o.join(", "),
...u?{authorization:u}:{}},timeoutMs:ND,signal:s}),c=await a();if(c.status===401){let u=Hj(c.headers["www-authenticate"]);if(u?.kind==="bearer"&&u.params.realm){
let d=new URL(u.params.realm);u.params.service&&d.searchParams.set("service",u.params.service),d.searchParams.set("scope",u.params.scope??`repository:${e}:pull`);
let m=await wn(d,{headers:{authorization:i},timeoutMs:ND,signal:s}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var Bj="us-east-1",Gj=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.i\
mage.manifest.v1+json","application/vnd.oci.image.index.v1+json"];function zj(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.catalogUsage};
return Object.values(e).some(r=>r!==void 0)?e:void 0}var aa=t=>t?.name??"",ed=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new qu(Cs(Bj,
e,o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return this.call(e,()=>this.client.send(r,{abortSignal:this.deadline?.
signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new Yu({})),this.registryUri??this.describeRegistryUri()]);return Su(e.authorizationData,
r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new Ju({})),r=e.registries?.find(o=>!this.registryId||o.registryId===this.
registryId)??e.registries?.[0];if(!r?.registryUri)throw new xe("ECR Public returned no registry","create the public registry (its alias) in the ECR Public conso\
le first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new Xu({registryId:this.
registryId,repositoryNames:[io(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(aa(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new xe(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new Wu({repositoryName:io(e.repository),catalogData:zj(e)}));return this.info(
o.repository,!0)}catch(o){if(aa(o)!=="RepositoryAlreadyExistsException")throw o;let s=await this.findRepository(e.repository);if(!s)throw o;return s}}async applyPolicies(e){
if(!e.repositoryPolicy)return;let{readFileSync:r}=await import("node:fs");await this.send("SetRepositoryPolicy",new Zu({registryId:this.registryId,repositoryName:io(
e.repository),policyText:r(e.repositoryPolicy,"utf8")}))}async images(e,r){let o=new Map,s;try{do{let n=await this.send("DescribeImageTags",new Ku({registryId:this.
registryId,repositoryName:io(e),nextToken:s}));for(let i of n.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,
{digest:i.imageDetail.imageDigest,manifest:"",mediaType:i.imageDetail.imageManifestMediaType??""});s=n.nextToken}while(s&&o.size<r.length)}catch(n){if(aa(n)==="\
RepositoryNotFoundException")return o;throw n}return o}async putTag(e,r,o){let{manifest:s,mediaType:n}=r;if(!s){this.loginData??=this.login();let i=await this.loginData,
a=`${(this.registryUri??"").split("/").slice(1).join("/")}/${io(e)}`.replace(/^\//,"");({manifest:s,mediaType:n}=await kD(i,a,r.digest,Gj,this.deadline?.signal))}
try{await this.send("PutImage",new Qu({registryId:this.registryId,repositoryName:io(e),imageManifest:s,imageManifestMediaType:n||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){
if(aa(i)==="ImageAlreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-
1),{name:e.repositoryName,uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],created:r}}async call(e,r){try{return await ao(this.deadline,
`ECR Public ${e}`,r)}catch(o){let s=aa(o);if(/NotFound|AlreadyExists/.test(s))throw o;let n=bs(o);if(n.transient)throw new xe(`ECR Public ${e} failed after ${n.
attempts} attempt(s): ${s}: ${o.message}`,Ps("ECR",n.throttled),{cause:o});let i=/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(s)?`the cr\
edentials need ecr-public:${e}${e==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":""} (\`ecr-deliver iam-policy --registry-type public\` prints the pol\
icy)`:void 0;throw new xe(`ECR Public ${e} failed: ${s}: ${o.message}`,i,{cause:o})}}};var jj=(t,e,r,o)=>new xn(t,e,r,o);function td(t){let e=new Cn(t.options.timeoutSeconds);return e.bound(()=>Vj(t,e))}async function Vj(t,e){let{options:r,context:o,
reporter:s}=t,n=new xs(t.run,s,e),i=r.image?void 0:tO(r),a=Promise.all([n.check(),i?n.hasBuildx():!0]),c=LD(t),[,l]=await a;if(!l)throw new ar(`${i} needs docke\
r buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action), or drop the option");r.image||n.hasBuildx();let u=await s.
phase("Credentials",()=>UD(t,c,e)),d=(t.openRegistry??$D(r))(o.region,u,r.registryId,e),m=()=>Qh(r.pullRegistries,o.region,u,e);try{return await new iy(t,n,d,m).
run()}finally{d.close()}}function $D(t){return t.registryType==="public"?(e,r,o,s)=>new ed(r,o,s):jj}function rd(t){let e=new Cn(t.options.timeoutSeconds);return e.
bound(()=>qj(t,e))}async function qj(t,e){let r=new xs(t.run,t.reporter,e),o=r.check(),s=LD(t);await o;let n=await t.reporter.phase("Credentials",()=>UD(t,s,e)),
i=(t.openRegistry??$D(t.options))(t.context.region,n,t.options.registryId,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.all([i.login(),
Qh(t.options.pullRegistries,t.context.region,n,e)]),l=[a,...c.filter(u=>u.host!==a.host)];for(let u of l)t.onLogin?.(u.host),await r.login(u);return{registry:a.
host,registries:l.map(u=>u.host),login:a}})}finally{i.close()}}function LD(t){let{options:e,context:r}=t;if(e.roleToAssume)return JP({ci:r.ci,audience:e.audience,
tokenFile:e.webIdentityTokenFile,tokenEnv:e.webIdentityTokenEnv,platformToken:t.platformToken,env:t.env}).catch(o=>o)}async function UD(t,e,r){let{options:o,context:s,
reporter:n}=t;if(!o.roleToAssume||!e){n.info("No role-to-assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;return n.
secret(i.token),n.info(`Assuming ${o.roleToAssume} as ${s.sessionName} with the OIDC token from ${i.source}`),XP({roleArn:o.roleToAssume,sessionName:s.sessionName,
durationSeconds:o.roleDurationSeconds,region:s.region},i.token,n,r)}var iy=class{constructor(e,r,o,s=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=
s;this.o=e.options,this.sha=e.context.commitSha,this.tags=[this.sha,...this.o.tags.filter(n=>n!==this.sha)]}req;docker;ecr;pullLogins;o;sha;tags;loggedIn=[];background=[];async run(){
try{return await this.steps()}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.req,[r,o]=await e.phase("Repository",
()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o):this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));r.created&&e.info(`Create\
d repository ${r.uri} (${r.mutability})`);let s=this.o.push?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve(),n=o.get(this.sha),i=n&&(this.o.skipExisting||
Yh(r,this.sha))?n:void 0;if(this.refuseImmutableConflicts(r,o,i),i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),
this.o.push?(await s,await e.phase("Tag",()=>this.copyTags(r,i,o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=!this.o.image&&Zh(An(this.o)).
includes(r.uri.split("/")[0]),c=this.o.push||this.o.cache||a?this.inBackground(this.login()):void 0,l=this.o.pullRegistries.length&&!this.o.image?this.inBackground(
this.loginPullRegistries()):void 0;(this.o.cache||a)&&await c,await l;let u=await e.phase(this.o.image?"Tag":"Build",()=>this.produceImage(r));if(!this.o.push)return this.
outputs(r,"",!1);await Promise.all([c,s]);let d=u??await e.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return this.tags.length>1&&
await e.phase("Tag",async()=>{let m=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!m||m.digest!==d)throw new xe(`ECR does not show ${this.
sha} at the pushed digest ${d}`);await this.copyTags(r,m,o)}),this.verified(r,d,!0)}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){
let e=await this.ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,
arn:"",mutability:"MUTABLE",exclusionFilters:[],created:!1}}async login(){let e=await this.ecr.login();this.req.onLogin?.(e.host),await this.docker.login(e),this.
loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)this.req.
onLogin?.(r.host),await this.docker.login(r),this.loggedIn.push(r.host)}refuseImmutableConflicts(e,r,o){for(let s of this.tags){let n=r.get(s);if(!(!n||!Yh(e,s)||
o&&n.digest===o.digest))throw new xe(`tag ${s} already exists in the immutable repository ${e.name} at ${n.digest}, which is not the image being delivered`,"imm\
utable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e){let r=this.tags.map(l=>`${e.uri}:${l}`);
if(this.o.image){for(let l of r)await this.docker.tag(this.o.image,l);return}yd(this.o);let o=this.req.context,s={"org.opencontainers.image.revision":this.sha,"\
org.opencontainers.image.created":new Date().toISOString()};o.sourceUrl&&(s["org.opencontainers.image.source"]=o.sourceUrl);let n=await this.docker.hasBuildx(),
i=n&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),c=await this.docker.build({context:this.o.context,dockerfile:An(this.o),tags:i?r.slice(0,
1):r,labels:s,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:this.o.cache?{ref:`${e.uri}:buildcache`,write:this.o.push}:void 0,provenance:this.
o.provenance,pushFromBuilder:i},n).catch(l=>{let u=l instanceof cr&&KO(l.message,An(this.o),[...this.loggedIn,e.uri.split("/")[0]],this.req.context.region);throw u?
new cr(l.message,u):l});if(i&&!c)throw new cr("buildx pushed but reported no digest");return c}async copyTags(e,r,o){let s=this.tags.slice(1).filter(n=>o.get(n)?.
digest!==r.digest);await Promise.all(s.map(n=>this.ecr.putTag(e.name,r,n)))}async verified(e,r,o){let s=await this.ecr.images(this.o.repository,this.tags),n=this.
tags.filter(i=>s.get(i)?.digest!==r);if(n.length)throw new xe(`after delivery, tag(s) ${n.join(", ")} do not point at ${r} in ECR`,"another delivery may have mo\
ved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.
uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o}}};var FD=require("node:child_process"),Is=(t,e,r={})=>new Promise((o,s)=>{let n=r.silent?void 0:r.output??process.stdout;n?.write(`[command]${[t,...e].join(" ")}
`);let i=(0,FD.spawn)(t,e,{stdio:"pipe"}),a=[],c=[];i.stdout.on("data",l=>{a.push(l),n?.write(l)}),i.stderr.on("data",l=>{c.push(l),n?.write(l)}),i.stdin.on("er\
ror",()=>{}),i.stdin.end(r.input),i.on("error",s),i.on("close",(l,u)=>o({code:l??(u?128:1),stdout:Buffer.concat(a).toString(),stderr:Buffer.concat(c).toString()}))});var ca=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{this.timings.push({title:e,seconds:(Date.now()-o)/1e3})}}get totalSeconds(){
return(Date.now()-this.started)/1e3}describe(){let e=this.timings.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.
totalSeconds.toFixed(1)} s`}},pa=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new ca;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),s=await this.clock.time(e,r);return this.info(`\u2714 ${e} (${((Date.now()-o)/1e3).toFixed(
1)} s)`),s}};var MD="isPost",HD="registries",BD="skipLogout",od=class{clock=new ca;output=process.stdout;info=e=>fa(e);warning=e=>uy(e);secret=e=>ma(e);phase(e,r){return my(
e,()=>this.clock.time(e,r))}},GD=t=>t[`STATE_${MD}`]==="true";async function zD(){da(MD,"true");let t=new od,e=new Set,r=o=>{e.add(o),da(HD,JSON.stringify([...e]))};
try{let o=yy(a=>ua(a));if(o.mode==="login")return await Wj(t,r,o);let s=vs(a=>ua(a)),n=As(s),i=await td({options:s,context:n,reporter:t,run:Is,env:process.env,platformToken:a=>dd(
a),onLogin:r});for(let{name:a}of qr)Ts(a,Mo(i,a));Kj(i,t.clock)}catch(o){let s=ha(o);dy(s.hint?`${s.message}
Hint: ${s.hint}`:s.message)}}async function Wj(t,e,r){r.skipLogout&&da(BD,"true");let o=vs(i=>ua(i),"login"),s=As(o,process.env,"login"),n=await rd({options:o,context:s,
reporter:t,run:Is,env:process.env,platformToken:i=>dd(i),onLogin:e});Ts("registry",n.registry),Ts("registries",n.registries.join(",")),r.dockerCredentialsOutput&&
(ma(n.login.password),Ts("docker-username",n.login.username),Ts("docker-password",n.login.password)),fa(`Logged in to ${n.registries.join(", ")}${r.skipLogout?"\
 (kept after the job: skip-logout)":"; the post step logs out"}`),ud(["### ecr-deliver login","",...n.registries.map(i=>`- \`${i}\``),"",`timings: ${t.clock.describe()}`,
""].join(`
`))}async function jD(){let t=JSON.parse(ld(HD)||"[]");if(ld(BD)==="true"){fa(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new xs(
Is,new od);for(let r of t)await e.logout(r)}function Kj(t,e){let r=[["image",`\`${t.image}\``],["digest",t.digest?`\`${t.digest}\``:"(not pushed)"],["tags",t.tags.
map(o=>`\`${o}\``).join(" ")],["pushed",String(t.pushed)],["timings",e.describe()]];ud(["### ecr-deliver","","| | |","|---|---|",...r.map(([o,s])=>`| ${o} | ${s}\
 |`),""].join(`
`))}var nN=require("node:util");var XD=require("node:util");var VD=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],sd=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function Jj(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let s of o)
e.add(s)};return t.push&&(r(VD),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(t.push?[...sd,...VD]:sd),[...e].sort()}function Xj(t){return`arn:${Ho(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}\
:repository/${t.repository}`}function qD(t){if(t.registryType==="public")return Zj(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"\
*"},{Sid:"EcrDeliver",Effect:"Allow",Action:Jj(t),Resource:Xj(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.
test(t.kmsKey)?t.kmsKey:`arn:${Ho(t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Ho(t.region)===
"aws-cn"?".cn":""}`};e.push({Sid:"KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAW\
SResource":"true"}}},{Sid:"KmsForNewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(
...YD(t)),{Version:"2012-10-17",Statement:e}}function YD(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(n=>r.
map(i=>`arn:${Ho(n.region??t.region)}:ecr:${n.region??t.region}:${n.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:sd.slice().
sort(),Resource:o.length===1?o[0]:o});let s=(t.pullThrough??[]).map(n=>`arn:${Ho(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${n}/*`);return s.
length&&e.push({Sid:"EcrPullThroughCache",Effect:"Allow",Action:[...Yj,...sd].sort(),Resource:s.length===1?s[0]:s}),e}function QD(t){return!t.pullRegistries?.length||
t.pullRepositories?.length?[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patt\
erns to narrow it`]}var Yj=["ecr:BatchImportUpstreamImage","ecr:CreateRepository"],WD=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],Qj=["ecr-\
public:BatchCheckLayerAvailability","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function Zj(t){
let e=t.push?WD:[...WD,"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let s of Qj)
r.add(s);t.createRepository&&r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,
"");return{Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),
Resource:`arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...YD(t)]}}var eV="token.actions.githubusercontent.com",tV="oidc.circleci.com/org";
function rV(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.environment}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}\
:${e}`}function oV(t){let e=Ho(t.region),r,o,s;if(t.provider==="github")r=t.githubIssuer??eV,o=t.audience??"sts.amazonaws.com",s=rV(t);else if(t.provider==="cir\
cleci")r=`${tV}/${t.orgId}`,o=t.audience??t.orgId,s=`org/${t.orgId}/project/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;
let n=/[*?]/.test(s),i={StringEquals:{[`${r}:aud`]:o}};return n?i.StringLike={[`${r}:sub`]:s}:i.StringEquals[`${r}:sub`]=s,{Version:"2012-10-17",Statement:[{Effect:"\
Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}function sV(t){let e=oV(t);
return e?{permissionsPolicy:qD(t),trustPolicy:e}:{permissionsPolicy:qD(t)}}var ay=[{name:"repository",value:"NAME",description:"ECR repository the role delivers\
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
//`."}],ZD="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",eN="[A-Za-z0-9._-]{1,100}",nV=new RegExp(`^${ZD}/${eN}$`),iV=new RegExp(`^${ZD}@\\d{1,20}/${eN}@\\d{1,20}$`),aV=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,
cV=/^[^\x00-\x1f\x7f:]{1,255}$/,KD=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,pV=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
lV=Uo("github","circleci","none"),uV=Uo("permissions","trust");function JD(t,e){if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.
test(e))throw new L(t,e,"contains control characters");return!0}function tN(t,e=process.env){let{values:r,positionals:o}=(0,XD.parseArgs)({args:t,options:Object.
fromEntries(ay.map(R=>[R.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(o.length)throw new L("iam-policy",o[0],"is not a flag: every value follows i\
ts --flag (see `ecr-deliver iam-policy --help`)");let s=R=>{let I=r[R]?.trim();return I===""?void 0:I},n=(R,I)=>{let M=s(R);if(M===void 0)throw new L(R,"",`is r\
equired: ${I}`);return M},i=(R,I)=>{let M=s(R);return M!==void 0&&Fo(R,M,I(M)),M},a=n("repository","the ECR repository the role delivers to");Fo("repository",a,
Ke.repository(a));let c=Ed(s("aws-region"),e),l=n("account-id","the 12-digit AWS account id of the role");Fo("account-id",l,Ke.account(l));let u=jr("registry-id",
s("registry-id")),d=["repo","branch","environment","pull-request","github-issuer"].filter(R=>s(R)!==void 0),m=["org-id","project-id","vcs-ref"].filter(R=>s(R)!==
void 0),f=s("provider"),g=f!==void 0?lV.parse(f,"provider"):d.length?"github":m.length?"circleci":void 0;if(!g)throw new L("provider","","is required: github (w\
ith --repo), circleci (with --org-id), or none");let y=g==="github"?m:g==="circleci"?d:[...d,...m];if(y.length)throw new L(y[0],s(y[0]),`does not apply to --pro\
vider ${g}`);let h=i("audience",Ke.audience),E={repository:a,region:c,accountId:l,registryId:u,provider:g,audience:h,createRepository:jr("create-repository",s("\
create-repository")),lifecyclePolicy:JD("lifecycle-policy",s("lifecycle-policy")),repositoryPolicy:JD("repository-policy",s("repository-policy")),cache:jr("cach\
e",s("cache")),push:jr("push",s("push")),encryptionType:jr("encryption-type",s("encryption-type"))};if(E.kmsKey=i("kms-key",be(pV,"is not a KMS key or alias ARN\
 like `arn:aws:kms:eu-west-1:123456789012:key/\u2026`")),E.kmsKey&&E.encryptionType!=="KMS")throw new L("kms-key",E.kmsKey,"needs --encryption-type KMS");if(g===
"github"){let R=n("repo","the GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!nV.test(R)&&!iV.test(R))throw new L("repo",R,"is not a GitHub reposito\
ry like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids");E.repo=R,E.environment=i("environment",be(cV,"is not a GitHub envir\
onment name (1\u2013255 characters, no `:`)"));let I=s("branch")?.replace(/^refs\/heads\//,"");if(I!==void 0&&E.environment!==void 0)throw new L("branch",I,"can\
not be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(I!==void 0&&!aV.test(I))throw new L("branch",I,"i\
s not a git branch name");let M=s("pull-request");if(E.pullRequest=M!==void 0&&Nr.parse(M,"pull-request"),E.pullRequest&&(I!==void 0||E.environment!==void 0))throw new L(
"pull-request",s("pull-request"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");E.environment===
void 0&&!E.pullRequest&&(E.branch=I??"main")}else if(g==="circleci"){let R=n("org-id","the CircleCI organization id (a UUID, Organization Settings > Overview)");
if(!KD.test(R))throw new L("org-id",R,"is not a CircleCI organization id (a lowercase UUID)");E.orgId=R;let I=n("project-id","the CircleCI project id (a UUID, P\
roject Settings > Overview): without it every project of the org could deliver");if(!KD.test(I))throw new L("project-id",I,"is not a CircleCI project id (a lowe\
rcase UUID)");E.projectId=I,E.vcsRef=i("vcs-ref",be(/^[A-Za-z0-9._/+@*#-]{1,255}$/,"is not a git ref like `refs/heads/main`"))}Object.assign(E,dV(s)),a.startsWith(
"public.ecr.aws/")&&(E.registryType="public"),g==="github"&&s("github-issuer")!==void 0&&(E.githubIssuer=i("github-issuer",be(/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,
"is not an OIDC issuer like `ghe.example.com/_services/token`")).replace(/^https:\/\//,"").replace(/\/+$/,""));let S=s("only"),T=S===void 0?void 0:uV.parse(S,"o\
nly");if(T==="trust"&&g==="none")throw new L("only",S,"needs a --provider: `none` has no trust policy");return{request:E,only:T}}function dV(t){let e=i=>(t(i)??
"").split(",").map(a=>a.trim()).filter(Boolean),r=e("pull-registries").map(i=>{let a=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/.exec(i);if(!a)throw new L(
"pull-registries",i,"is not an ECR registry id (12 digits) or `ID@REGION`");return{id:a[1],region:a[2]}}),o=e("pull-repositories");for(let i of o)if(!/^[a-z0-9*][a-z0-9._/*-]{0,255}$/.
test(i))throw new L("pull-repositories",i,"is not a repository name pattern (lowercase name, `*` wildcards)");if(o.length&&!r.length)throw new L("pull-repositor\
ies",t("pull-repositories"),"needs --pull-registries");let s=e("pull-through");for(let i of s)if(i.length<2||i.length>30||Ke.repository(i))throw new L("pull-thr\
ough",i,"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)");let n=t("registry-type")?.toLowerCase();if(n!==void 0&&n!=="p\
rivate"&&n!=="public")throw new L("registry-type",n,"is not one of private, public");return{pullRegistries:r,pullRepositories:o,pullThrough:s,registryType:n}}function rN(t,e){
let r=sV(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var la=t=>e=>t[xa(e)];function nd(t){let e=ha(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function id(t,e){let r=new pa(process.stderr);try{let o=vs(t),s=As(o),n=await td({options:o,context:s,reporter:r,run:Is,env:process.env});return r.
info(fV(n,r.clock)),e(n),0}catch(o){return nd(o)}}async function ad(t,e){let r=new pa(process.stderr);try{let o=vs(t,"login"),s=As(o,process.env,"login"),{registry:n}=await rd(
{options:o,context:s,reporter:r,run:Is,env:process.env});return r.info(oN(`logged in to ${n}`,[["registry",n]],r.clock)),e(n),0}catch(o){return nd(o)}}function mV(t){
return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function fV(t,e){
let r=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,o=qr.map(({name:s})=>[s,s==="pushed"?mV(t):Mo(t,s)||
"-"]);return oN(r,o,e)}function oN(t,e,r){let o=[...e,["time",r.describe()]],s=Math.max(...o.map(([n])=>n.length));return[`\u2500\u2500 ecr-deliver: ${t} \u2500\u2500`,
...o.map(([n,i])=>`  ${n.padEnd(s)}  ${i}`)].join(`
`)}var sN="0.1.0";var cy=hd.filter(t=>!t.githubOnly),iN=["iam-policy","login"];function py(t,e,r=100){let o=[],s="";for(let n of t.split(/\s+/).filter(Boolean))s&&e.length+s.length+
1+n.length>r?(o.push(s),s=n):s=s?`${s} ${n}`:n;return s&&o.push(s),o.map(n=>e+n).join(`
`)}function hV(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...cy.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${py(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${qr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function yV(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"","Options (also as ECR_DELIVER_<OPTI\
ON>):",...cy.filter(e=>Sa.includes(e.name)).map(e=>`  --${e.name} <value>
${py(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function EV(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache true]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the rep\
ository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...ay.map(t=>`  --${t.name} ${t.value}
${py(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function aN(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],s=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${s})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${s})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let n=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${Tn(n)} is not a command or flag: use ${iN.join(", ")} or --flags \
(${s})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${s})`}}function SV(t,e,r){try{let o=Object.fromEntries(e.map(s=>[s,{type:"string"}]));return(0,nN.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${aN(o,r)}
`),process.exitCode=2;return}}function xV(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${EV()}
`),0;try{let{request:e,only:r}=tN(t.filter(o=>o!=="--json"));process.stdout.write(rN(e,r));for(let o of QD(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${aN(e,"iam-policy")}
`),2):nd(e)}}async function cN(t){let e=iN.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=xV(t.slice(1));return}let r=e?t.slice(1):t,o=SV(r,e==="lo\
gin"?Sa:cy.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?yV():hV()}
`);if(o.version)return void process.stdout.write(`${sN}
`);let s=la(process.env);if(e==="login"){let i=a=>Sa.includes(a)?o[a]??s(a):void 0;process.exitCode=await ad(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let n=i=>o[i]??s(i);process.exitCode=await id(n,i=>{o.json&&process.stdout.write(`${JSON.stringify(Sy(i))}
`)})}var uN=require("node:fs");var RV=["deliver","login"],pN="ECR_DELIVER_COMMAND",_V=t=>`'${t.replace(/'/g,"'\\''")}'`,dN=(t,e)=>`export ${xa(t)}=${_V(e)}
`;function wV(t){return qr.map(({name:e})=>dN(e,Mo(t,e))).join("")}function lN(t,e){t.BASH_ENV?(0,uN.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function mN(t=process.env){let e=t[pN]||"deliver";e==="login"?process.exitCode=await ad(la(t),r=>lN(t,dN("registry",r))):e==="deliver"?process.exitCode=
await id(la(t),r=>lN(t,wV(r))):(process.stderr.write(`ecr-deliver: ${pN}: ${Tn(e)} is not one of ${RV.join(", ")}
`),process.exitCode=2)}async function IV(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?GD(
t)?jD():zD():e.length===0&&t.CIRCLECI==="true"?mN():cN(e)}IV();
